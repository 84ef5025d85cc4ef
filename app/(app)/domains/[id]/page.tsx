import { notFound } from 'next/navigation';
import { DomainName } from '@/components/domain-name';
import { formatDateTime } from '@/components/format-date-time';
import { ScanNowButton } from '@/components/scan-now-button';
import { currentLocale } from '@/lib/i18n/current-locale';
import { translator } from '@/lib/i18n/translate';
import { getDomainDetail } from '@/lib/queries/get-domain-detail';

export const dynamic = 'force-dynamic';

export default async function DomainPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const domain = await getDomainDetail(id);
  if (!domain) notFound();
  const locale = await currentLocale();
  const t = translator(locale);
  const report = domain.latest?.report ?? null;
  return (
    <>
      <h1>
        <DomainName ascii={domain.ascii} unicode={domain.unicode} />
      </h1>
      <div className="panel">
        <dl className="facts">
          <dt>{t('domain.unicode')}</dt>
          <dd data-testid="domain-unicode">{domain.unicode}</dd>
          <dt>{t('domain.ascii')}</dt>
          <dd data-testid="domain-ascii">{domain.ascii}</dd>
        </dl>
        <ScanNowButton
          domainId={domain.id}
          labels={{
            scanNow: t('domain.scanNow'),
            scanning: t('domain.scanning'),
            done: t('domain.scanDone'),
          }}
        />
      </div>
      {domain.latest && (
        <section aria-labelledby="spf-heading">
          <h2 id="spf-heading">{t('domain.spfRecord')}</h2>
          {report?.status === 'partial' && <p className="error">{t('domain.unknown')}</p>}
          {report?.spf?.record ? (
            <pre className="record" data-testid="spf-record">
              {report.spf.record}
            </pre>
          ) : (
            <p>{t('domain.noSpf')}</p>
          )}
          {domain.latest.finishedAt && (
            <p className="muted" data-testid="fetched-at">
              {t('domain.fetchedAt', { time: formatDateTime(domain.latest.finishedAt, locale) })}
            </p>
          )}
          <h2>{t('domain.findings')}</h2>
          {report && report.findings.length > 0 ? (
            <ul>
              {report.findings.map((finding) => (
                <li key={`${finding.id}-${finding.message}`}>
                  <span className={`badge ${finding.severity}`}>{finding.severity}</span>{' '}
                  <code>{finding.id}</code> {finding.message} <span className="muted">({finding.rfc})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('domain.noFindings')}</p>
          )}
        </section>
      )}
    </>
  );
}
