import { formatTlsa } from '@/audit/dane/tlsa-usability';
import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { MxTransportHost } from '@/lib/queries/mx-transport-hosts';
import type { DnssecState } from '@/lib/queries/scorecard-transport-security';

/** TLSA records shown per host; the rest are counted. */
const MAX_TLSA = 4;

type Probe = NonNullable<MxTransportHost['starttls']>;
/** A host as the report (absent fields) or the export (null fields) carries it. */
type HostView = Omit<MxTransportHost, 'starttls'> & {
  starttls:
    | (Pick<Probe, 'outcome'> & {
        detail?: string | null;
        tlsVersion?: string | null;
        certificate?: Probe['certificate'] | null;
      })
    | null;
};

/** One MX host's DNSSEC, TLSA and DANE verdict, certificate match, STARTTLS and expiry, as plain text. */
export interface MxHostRow {
  host: string;
  dnssec: string;
  tlsa: string;
  certificate: string;
  starttls: string;
  expires: string;
}

/** The words the scorecard page and its PDF both print for one MX host. */
export function describeMxHost(row: HostView, locale: Locale, t: Translate): MxHostRow {
  const { dane, starttls: probe } = row;
  const dash = t('mxTransport.dash');
  const tlsa = dane?.tlsa.length
    ? `${dane.tlsa.slice(0, MAX_TLSA).map(formatTlsa).join('\n')}${dane.tlsa.length > MAX_TLSA ? '\n…' : ''} (${t(dane.usable ? 'mxTransport.tlsaUsable' : 'mxTransport.tlsaUnusable')})`
    : t('mxTransport.tlsaNone');
  const matches = dane?.certificateMatches;
  const notAfter = probe?.certificate?.notAfter;
  return {
    host: row.host,
    dnssec: row.dnssec ? t(`mxTransport.state.${row.dnssec}`) : dash,
    tlsa,
    certificate: matches === true ? t('mxTransport.yes') : matches === false ? t('mxTransport.no') : dash,
    starttls: probe ? describeProbe(probe, t) : dash,
    expires:
      notAfter && !Number.isNaN(Date.parse(notAfter)) ? formatDateTime(notAfter, locale, 'date') : dash,
  };
}

/** "offered (TLSv1.3), certificate for another name, untrusted" or "unknown (timeout): <detail>". */
function describeProbe(probe: NonNullable<HostView['starttls']>, t: Translate): string {
  const parts = [
    `${t(`mxTransport.outcome.${probe.outcome}`)}${probe.tlsVersion ? ` (${probe.tlsVersion})` : ''}`,
  ];
  if (probe.certificate) {
    if (!probe.certificate.nameMatches) parts.push(t('mxTransport.certificateOtherName'));
    if (!probe.certificate.trusted) parts.push(t('mxTransport.certificateUntrusted'));
  }
  const text = parts.join(', ');
  return probe.detail && probe.outcome !== 'tls' ? `${text}: ${probe.detail}` : text;
}

/** The domain's own DNSSEC state in words; unknown, saying why, when the resolver does not validate. */
export function describeDomainDnssec(
  dnssec: { validated: boolean; domain: DnssecState } | null | undefined,
  t: Translate,
): string {
  if (dnssec && !dnssec.validated) return t('mxTransport.notValidated');
  return t(`mxTransport.state.${dnssec?.domain ?? 'unknown'}`);
}
