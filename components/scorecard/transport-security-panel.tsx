import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import { mxTransportHosts } from '@/lib/queries/mx-transport-hosts';
import type { ScorecardReport } from '@/lib/queries/scorecard-report';
import { describeDomainDnssec, describeMxHost } from './describe-mx-host';
import { ScorecardSection } from './scorecard-section';

/** MX hosts shown; a domain's MX set is attacker-controlled and may be long. */
const MAX_HOSTS = 10;

/** DNSSEC of the domain, then per MX host its DNSSEC, TLSA, certificate match and STARTTLS. */
export function TransportSecurityPanel({
  report,
  locale,
  t,
}: {
  report: ScorecardReport;
  locale: Locale;
  t: Translate;
}) {
  const { dnssec, dane, starttls } = report;
  if (!dnssec && !dane && !starttls) return null;
  const hosts = mxTransportHosts(report).map((host) => describeMxHost(host, locale, t));
  return (
    <ScorecardSection id="mx-transport" title={t('mxTransport.title')}>
      <p data-testid="dnssec-domain">
        {t('mxTransport.domain')}: {describeDomainDnssec(dnssec, t)}
      </p>
      {hosts.length === 0 ? (
        <p className="muted">{t('mxTransport.noMx')}</p>
      ) : (
        <table data-testid="transport-table">
          <thead>
            <tr>
              <th scope="col">{t('mxTransport.host')}</th>
              <th scope="col">{t('mxTransport.hostDnssec')}</th>
              <th scope="col">{t('mxTransport.tlsa')}</th>
              <th scope="col">{t('mxTransport.certificate')}</th>
              <th scope="col">{t('mxTransport.starttls')}</th>
              <th scope="col">{t('mxTransport.expires')}</th>
            </tr>
          </thead>
          <tbody>
            {hosts.slice(0, MAX_HOSTS).map((row) => (
              <tr key={row.host} data-testid="transport-host">
                <td>{row.host}</td>
                <td>{row.dnssec}</td>
                <td className="record">{row.tlsa}</td>
                <td>{row.certificate}</td>
                <td>{row.starttls}</td>
                <td>{row.expires}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hosts.length > MAX_HOSTS && (
        <p className="muted">{t('mxTransport.moreHosts', { count: hosts.length - MAX_HOSTS })}</p>
      )}
      {starttls?.status === 'skipped' && (
        <p className="muted">
          {t('mxTransport.starttls')}: {t('mxTransport.probeOff')}
        </p>
      )}
    </ScorecardSection>
  );
}
