import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { ScorecardReport } from '@/lib/queries/scorecard-report';
import { FindingList } from './finding-list';
import { ScorecardSection } from './scorecard-section';
import { bimiFacts, type Fact, mtaStsFacts, tlsRptFacts } from './transport-facts';

type Props = { report: ScorecardReport; locale: Locale; t: Translate };

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
        {mtaSts && mtaStsFacts(mtaSts, locale, t)}
      </Part>
      <Part
        title={t('transport.tlsRpt')}
        section={tlsRpt}
        t={t}
        findings={findingsOf('tls-rpt.')}
        locale={locale}
      >
        {tlsRpt && tlsRptFacts(tlsRpt, t)}
      </Part>
      <Part title={t('transport.bimi')} section={bimi} t={t} findings={findingsOf('bimi.')} locale={locale}>
        {bimi && bimiFacts(bimi, t)}
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
