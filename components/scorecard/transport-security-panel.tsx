import { formatTlsa } from '@/audit/dane/tlsa-usability';
import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { ScorecardReport } from '@/lib/queries/scorecard-report';
import { ScorecardSection } from './scorecard-section';

/** MX hosts shown; a domain's MX set is attacker-controlled and may be long. */
const MAX_HOSTS = 10;
const MAX_TLSA = 4;

type Host = {
  host: string;
  dnssec: string;
  tlsa: string;
  certificate: string;
  starttls: string;
  expires: string;
};

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
  const hosts = hostRows(report, locale, t);
  return (
    <ScorecardSection id="transport" title={t('mxTransport.title')}>
      <p data-testid="dnssec-domain">
        {t('mxTransport.domain')}:{' '}
        {dnssec && !dnssec.validated
          ? t('mxTransport.notValidated')
          : t(`mxTransport.state.${dnssec?.domain ?? 'unknown'}`)}
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

function hostRows(report: ScorecardReport, locale: Locale, t: Translate): Host[] {
  const names = [
    ...(report.dnssec?.mxHosts.map((h) => h.host) ?? []),
    ...(report.dane?.hosts.map((h) => h.host) ?? []),
    ...(report.starttls?.hosts.map((h) => h.host) ?? []),
  ];
  const dash = t('mxTransport.dash');
  return [...new Set(names)].map((host) => {
    const state = report.dnssec?.mxHosts.find((h) => h.host === host)?.state;
    const dane = report.dane?.hosts.find((h) => h.host === host);
    const probe = report.starttls?.hosts.find((h) => h.host === host);
    const tlsa = dane?.tlsa.length
      ? `${dane.tlsa.slice(0, MAX_TLSA).map(formatTlsa).join('\n')}${dane.tlsa.length > MAX_TLSA ? '\n…' : ''} (${t(dane.usable ? 'mxTransport.tlsaUsable' : 'mxTransport.tlsaUnusable')})`
      : t('mxTransport.tlsaNone');
    const matches = dane?.certificateMatches;
    const notAfter = probe?.certificate?.notAfter;
    return {
      host,
      dnssec: state ? t(`mxTransport.state.${state}`) : dash,
      tlsa,
      certificate: matches === true ? t('mxTransport.yes') : matches === false ? t('mxTransport.no') : dash,
      starttls: probe
        ? `${t(`mxTransport.outcome.${probe.outcome}`)}${probe.tlsVersion ? ` (${probe.tlsVersion})` : ''}`
        : dash,
      expires:
        notAfter && !Number.isNaN(Date.parse(notAfter)) ? formatDateTime(notAfter, locale, 'date') : dash,
    };
  });
}
