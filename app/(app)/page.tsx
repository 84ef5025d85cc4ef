import Link from 'next/link';
import { AddDomainForm } from '@/components/add-domain-form';
import { DomainName } from '@/components/domain-name';
import { formatDateTime } from '@/components/format-date-time';
import { currentLocale } from '@/lib/i18n/current-locale';
import { translator } from '@/lib/i18n/translate';
import { listDomains } from '@/lib/queries/list-domains';

export const dynamic = 'force-dynamic';

export default async function DomainsPage() {
  const locale = await currentLocale();
  const t = translator(locale);
  const domains = await listDomains();
  return (
    <>
      <h1>{t('domains.title')}</h1>
      <AddDomainForm labels={{ add: t('domains.add'), placeholder: t('domains.addPlaceholder') }} />
      {domains.length === 0 ? (
        <p className="muted">{t('domains.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('domains.name')}</th>
              <th scope="col">{t('domains.lastScan')}</th>
              <th scope="col">{t('domains.spf')}</th>
            </tr>
          </thead>
          <tbody>
            {domains.map((domain) => (
              <tr key={domain.id}>
                <td>
                  <Link href={`/domains/${domain.id}`}>
                    <DomainName ascii={domain.ascii} unicode={domain.unicode} />
                  </Link>
                </td>
                <td>{domain.lastScanAt ? formatDateTime(domain.lastScanAt, locale) : t('domains.never')}</td>
                <td>
                  <code className="record">{domain.spfRecord?.slice(0, 200) ?? '—'}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
