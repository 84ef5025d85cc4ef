import type { ScorecardExport } from '@/lib/exports/scorecard-export-schema';
import { formatDateTime } from '@/lib/i18n/format';
import { translator } from '@/lib/i18n/translate';
import { SCORECARD_CSS } from './scorecard-css';
import { DmarcReportsSection } from './scorecard-dmarc-reports';
import { FindingsSection } from './scorecard-findings';
import { DkimSection, DmarcSection, RecordsSection, SpfSection } from './scorecard-sections';
import { MxTransportSection, TransportSection } from './scorecard-transport';

function Facts({
  data,
  t,
  time,
}: {
  data: ScorecardExport;
  t: ReturnType<typeof translator>;
  time: (iso: string) => string;
}) {
  const { domain, scan } = data;
  return (
    <dl className="facts">
      {domain.ascii !== domain.unicode && (
        <>
          <dt>{t('domain.ascii')}</dt>
          <dd>{domain.ascii}</dd>
        </>
      )}
      <dt>{t('domain.groups')}</dt>
      <dd>{domain.groups.length ? domain.groups.map((g) => g.name).join(', ') : t('domain.noGroups')}</dd>
      {domain.tags.length > 0 && (
        <>
          <dt>{t('domains.tags')}</dt>
          <dd>{domain.tags.join(', ')}</dd>
        </>
      )}
      {domain.parked && (
        <>
          <dt>{t('exports.parked')}</dt>
          <dd>{t('exports.yes')}</dd>
        </>
      )}
      {domain.selectors.length > 0 && (
        <>
          <dt>{t('domain.selectors')}</dt>
          <dd>{domain.selectors.join(', ')}</dd>
        </>
      )}
      {domain.notes && (
        <>
          <dt>{t('domain.notes')}</dt>
          <dd>{domain.notes}</dd>
        </>
      )}
      <dt>{t('exports.lastScan')}</dt>
      <dd>
        {scan.lastScanAt ? time(scan.lastScanAt) : t('domains.never')}
        {scan.stale && (
          <span className="warn">
            {' '}
            {scan.staleReason ? t('domain.staleReason', { reason: scan.staleReason }) : t('domains.stale')}
          </span>
        )}
      </dd>
    </dl>
  );
}

/**
 * The scorecard as a printable HTML document, rendered from the export object (the JSON download)
 * so the PDF and the JSON agree. Every value is a React text node: DNS text cannot become markup.
 */
export function ScorecardDocument({ data }: { data: ScorecardExport }) {
  const locale = data.language;
  const t = translator(locale);
  const time = (iso: string) => formatDateTime(new Date(iso), locale);
  const grade = data.grade;
  return (
    <html lang={locale}>
      {/* biome-ignore lint/style/noHeadElement: a standalone document for the PDF printer, not a Next page */}
      <head>
        <meta charSet="utf-8" />
        <title>{`${t('exports.scorecardTitle')} — ${data.domain.unicode}`}</title>
        <style>{SCORECARD_CSS}</style>
      </head>
      <body>
        <div className="head">
          <div className="head-main">
            <p className="kicker">{t('exports.scorecardTitle')}</p>
            <h1>{data.domain.unicode}</h1>
            <p className="muted">{t('exports.generatedAt', { time: time(data.generatedAt) })}</p>
            <Facts data={data} t={t} time={time} />
          </div>
          <div className={`grade grade-${grade?.grade ?? 'none'}`}>{grade?.grade ?? '–'}</div>
        </div>
        <section>
          <h2>
            {t('domain.grade')}: {grade?.grade ?? t('domain.gradeNone')}
          </h2>
          {grade && grade.reasons.length === 0 && <p>{t('domain.gradePerfect')}</p>}
          {grade && grade.reasons.length > 0 && (
            <ul>
              {grade.reasons.map((reason) => (
                <li key={reason.id}>
                  <span className={`badge ${reason.severity}`}>{t(`severity.${reason.severity}`)}</span>
                  {reason.title}
                </li>
              ))}
            </ul>
          )}
          <p className="muted">{t('domain.gradeRule')}</p>
        </section>
        {data.records === null ? (
          <p>{t('domain.notScanned')}</p>
        ) : (
          <>
            <RecordsSection data={data} locale={locale} t={t} />
            <SpfSection data={data} locale={locale} t={t} />
            <DmarcSection data={data} locale={locale} t={t} />
            <MxTransportSection data={data} locale={locale} t={t} />
            <DkimSection data={data} locale={locale} t={t} />
            <TransportSection data={data} locale={locale} t={t} />
            <FindingsSection data={data} locale={locale} t={t} />
          </>
        )}
        <DmarcReportsSection data={data} locale={locale} t={t} />
      </body>
    </html>
  );
}
