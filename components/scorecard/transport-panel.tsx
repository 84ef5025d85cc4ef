import type { ReactNode } from 'react';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { ScorecardReport } from '@/lib/queries/scorecard-report';
import { FindingList } from './finding-list';
import { ScorecardSection } from './scorecard-section';

type Props = { report: ScorecardReport; locale: Locale; t: Translate };
type Fact = [label: string, value: ReactNode];

const yesNo = (value: boolean | null, t: Translate) =>
  value === null ? t('transport.unknown') : value ? t('transport.yes') : t('transport.no');

/**
 * The MTA-STS, TLS-RPT and BIMI sections of the report and their findings. Every value came from
 * DNS or the domain's HTTPS server: shown as text (React escapes it), already bounded by the query.
 */
export function TransportPanel({ report, locale, t }: Props) {
  const findingsOf = (prefix: string) => report.findings.filter((f) => f.id.startsWith(prefix));
  const { mtaSts, tlsRpt, bimi } = report;
  return (
    <ScorecardSection id="transport" title={t('transport.title')}>
      <Part
        title={t('transport.mtaSts')}
        section={mtaSts}
        t={t}
        findings={findingsOf('mta-sts.')}
        locale={locale}
      >
        {mtaSts && [
          [t('transport.record'), mtaSts.record?.raw ?? t('transport.noRecord')],
          ...(mtaSts.policy
            ? ([
                [t('transport.mode'), mtaSts.policy.mode],
                [t('transport.mx'), mtaSts.policy.mx.join(', ')],
                [
                  t('transport.maxAge'),
                  t('transport.maxAgeDays', {
                    seconds: formatNumber(mtaSts.policy.maxAge, locale),
                    days: formatNumber(mtaSts.policy.maxAge / 86_400, locale, { max: 1 }),
                  }),
                ],
              ] satisfies Fact[])
            : []),
          ...(mtaSts.uncoveredMx.length > 0
            ? [[t('transport.uncovered'), mtaSts.uncoveredMx.join(', ')] satisfies Fact]
            : []),
          ...(mtaSts.fetchProblem ? [[t('transport.fetchProblem'), mtaSts.fetchProblem] satisfies Fact] : []),
        ]}
      </Part>
      <Part
        title={t('transport.tlsRpt')}
        section={tlsRpt}
        t={t}
        findings={findingsOf('tls-rpt.')}
        locale={locale}
      >
        {tlsRpt && [
          [t('transport.record'), tlsRpt.record?.raw ?? t('transport.noRecord')],
          ...(tlsRpt.record ? [[t('transport.rua'), tlsRpt.record.rua.join(', ')] satisfies Fact] : []),
        ]}
      </Part>
      <Part title={t('transport.bimi')} section={bimi} t={t} findings={findingsOf('bimi.')} locale={locale}>
        {bimi && [
          [t('transport.record'), bimi.record?.raw ?? t('transport.noRecord')],
          ...(bimi.record
            ? ([
                [t('transport.logo'), bimi.record.location ?? '—'],
                [t('transport.authority'), bimi.record.authority ?? '—'],
                [t('transport.logoValid'), yesNo(bimi.logoValid, t)],
                [t('transport.dmarcEligible'), yesNo(bimi.dmarcEligible, t)],
              ] satisfies Fact[])
            : []),
          ...(bimi.fetchProblem ? [[t('transport.fetchProblem'), bimi.fetchProblem] satisfies Fact] : []),
        ]}
      </Part>
    </ScorecardSection>
  );
}

function Part(props: {
  title: string;
  section: { status: 'complete' | 'partial' | 'skipped' } | undefined;
  children: Fact[] | undefined;
  findings: ScorecardReport['findings'];
  locale: Locale;
  t: Translate;
}) {
  const { title, section, children, findings, locale, t } = props;
  return (
    <div className="transport-part">
      <h3>{title}</h3>
      {!section ? (
        <p className="muted">{t('transport.notChecked')}</p>
      ) : (
        <>
          <p className="muted">{t(`transport.status.${section.status}`)}</p>
          <dl className="facts">
            {(children ?? []).map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd className="evidence">{value}</dd>
              </div>
            ))}
          </dl>
          {findings.length > 0 && <FindingList findings={findings} locale={locale} t={t} />}
        </>
      )}
    </div>
  );
}
