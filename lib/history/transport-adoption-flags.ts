import type { AuditReport } from '@/audit/report';

/**
 * The adoption metrics of the transport and brand checks (issue 15), each true / false / null
 * (unknown). A report without the section (stored before these checks, or the check switched off)
 * is unknown, never "not adopted".
 */
export interface TransportAdoptionFlags {
  mtaStsEnforcing: boolean | null;
  tlsRptPublished: boolean | null;
  bimiPublished: boolean | null;
  dnssecSigned: boolean | null;
  daneOnMx: boolean | null;
  starttlsOffered: boolean | null;
}

/** Their metric names, in display order (after the SPF…Null MX ones in ADOPTION_METRICS). */
export const TRANSPORT_METRICS = [
  'mtaStsEnforcing',
  'tlsRptPublished',
  'bimiPublished',
  'dnssecSigned',
  'daneOnMx',
  'starttlsOffered',
] as const satisfies readonly (keyof TransportAdoptionFlags)[];

export function transportAdoptionFlags(report: AuditReport): TransportAdoptionFlags {
  return {
    mtaStsEnforcing: mtaStsEnforcingOf(report),
    tlsRptPublished: publishedValid(report.tlsRpt, 'tls-rpt.'),
    bimiPublished: bimiPublishedOf(report),
    dnssecSigned: dnssecSignedOf(report),
    daneOnMx: daneOnMxOf(report),
    starttlsOffered: starttlsOfferedOf(report),
  };
}

type Section = { status: string; record: object | null; findings: { id: string; severity: string }[] };

const hasError = (section: Section, prefix: string) =>
  section.findings.some((f) => f.id.startsWith(prefix) && f.severity === 'error');

// A record that is there and has no error-level finding; absent is false only when the lookup was read.
function publishedValid(section: Section | undefined, prefix: string): boolean | null {
  if (section === undefined) return null;
  if (section.record === null) return section.status === 'partial' ? null : false;
  return !hasError(section, prefix);
}

// A declination ("l=; a=", no logo and no authority) is a valid record that says the domain takes no
// part in BIMI: it is not adoption.
function bimiPublishedOf({ bimi }: AuditReport): boolean | null {
  const declined = bimi?.record != null && bimi.record.location === null && bimi.record.authority === null;
  return declined ? false : publishedValid(bimi, 'bimi.');
}

// Enforcing needs the fetched policy (RFC 8461 §5): with fetching off only "not published" is known.
function mtaStsEnforcingOf({ mtaSts }: AuditReport): boolean | null {
  if (mtaSts === undefined) return null;
  if (mtaSts.record === null) return mtaSts.status === 'partial' ? null : false;
  if (mtaSts.policy !== null) return mtaSts.policy.mode === 'enforce' && !hasError(mtaSts, 'mta-sts.');
  return mtaSts.status === 'complete' ? false : null;
}

function dnssecSignedOf({ dnssec }: AuditReport): boolean | null {
  if (dnssec === undefined || dnssec.domain === 'unknown') return null;
  return dnssec.domain === 'secure';
}

/** Every MX host has a usable, DNSSEC-secure TLSA RRset (RFC 7672); no MX at all is false. */
function daneOnMxOf({ dane }: AuditReport): boolean | null {
  if (dane === undefined) return null;
  if (dane.hosts.length === 0) return dane.status === 'partial' ? null : false;
  return allOf(dane.hosts.map((host) => host.usable));
}

/** Every probed MX offered STARTTLS and completed the handshake; unknown when probing is off. */
function starttlsOfferedOf({ starttls }: AuditReport): boolean | null {
  if (starttls === undefined || starttls.status === 'skipped' || starttls.hosts.length === 0) return null;
  return allOf(
    starttls.hosts.map((host) => {
      if (host.outcome === 'tls') return true;
      if (host.outcome === 'no-starttls' || host.outcome === 'tls-failed') return false;
      return null;
    }),
  );
}

/** Three-valued AND: any false is false, else any unknown is unknown. */
function allOf(values: (boolean | null)[]): boolean | null {
  if (values.includes(false)) return false;
  return values.includes(null) ? null : true;
}
