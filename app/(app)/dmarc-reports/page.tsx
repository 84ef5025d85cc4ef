import Link from 'next/link';
import { DmarcInvalidTable } from '@/components/dmarc-reports/dmarc-invalid-table';
import { DmarcUploadForm } from '@/components/dmarc-reports/dmarc-upload-form';
import { pageContext } from '@/lib/auth/page-context';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { listDmarcRefusedInputs } from '@/lib/queries/list-dmarc-refused-inputs';
import { listUnregisteredReportDomains } from '@/lib/queries/list-unregistered-report-domains';

export const dynamic = 'force-dynamic';

/** Upload DMARC aggregate reports; the Invalid list and the domains reports name but Kensa does not track. */
export default async function DmarcReportsPage() {
  const { viewer, locale, t } = await pageContext('editor');
  const [invalid, unregistered] = await Promise.all([
    listDmarcRefusedInputs(viewer),
    listUnregisteredReportDomains(viewer),
  ]);
  return (
    <>
      <h1>{t('dmarcReports.upload.title')}</h1>
      <p className="intro">{t('dmarcReports.upload.intro')}</p>
      <DmarcUploadForm
        labels={{
          files: t('dmarcReports.upload.files'),
          submit: t('dmarcReports.upload.submit'),
          stored: t('dmarcReports.upload.stored'),
          duplicate: t('dmarcReports.upload.duplicate'),
          refused: t('dmarcReports.upload.refused'),
          unregistered: t('dmarcReports.upload.unregistered'),
        }}
      />
      {unregistered.length > 0 && (
        <section aria-labelledby="unregistered-heading">
          <h2 id="unregistered-heading">{t('dmarcReports.unregistered')}</h2>
          <ul>
            {unregistered.map((domain) => (
              <li key={domain.policyDomain}>
                <code>{domain.policyDomain}</code> — {formatNumber(domain.reports, locale)} ·{' '}
                {formatNumber(domain.messages, locale)} ·{' '}
                {formatDateTime(domain.lastReportEnd, locale, 'minutes')}{' '}
                <Link href={`/import?domain=${encodeURIComponent(domain.policyDomain)}`}>
                  {t('dmarcReports.register')}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {invalid.length > 0 && (
        <section aria-labelledby="invalid-heading">
          <h2 id="invalid-heading">{t('dmarcReports.invalid')}</h2>
          <DmarcInvalidTable rows={invalid} locale={locale} t={t} />
        </section>
      )}
    </>
  );
}
