import { randomFor } from '../seeded-random';

export interface SyntheticReportOptions {
  records: number;
  seed?: number;
  domain?: string;
  orgName?: string;
  reportId?: string;
  /** Start of the range, seconds since the epoch (default 2026-11-30T00:00:00Z); the range is one day. */
  begin?: number;
  /** The RFC 9990 namespace on the root, and its `np`/`testing`/`generator`. */
  rfc9990?: boolean;
}

const DAY = 86_400;
const DISPOSITIONS = ['none', 'none', 'none', 'quarantine', 'reject'];

/**
 * An aggregate report's XML (RFC 7489 Appendix C), seeded: the same options give the same bytes.
 * Records vary source (IPv4 and IPv6), count, alignment, selectors and SPF scope as real ones do.
 * Written without indentation inside records to keep 100,000 of them within the 50 MiB limit.
 */
export function syntheticReportXml(options: SyntheticReportOptions): string {
  const random = randomFor(options.seed ?? 7489, options.records);
  const domain = options.domain ?? 'kensa.example';
  const begin = options.begin ?? 1_795_996_800;
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    options.rfc9990 ? '<feedback xmlns="urn:ietf:params:xml:ns:dmarc-2.0">\n' : '<feedback>\n',
    '<version>1.0</version>\n<report_metadata>\n',
    `<org_name>${options.orgName ?? 'receiver.example'}</org_name>\n`,
    '<email>noreply-dmarc@receiver.example</email>\n',
    `<report_id>${options.reportId ?? `synthetic-${options.seed ?? 0}-${options.records}`}</report_id>\n`,
    `<date_range><begin>${begin}</begin><end>${begin + DAY - 1}</end></date_range>\n`,
    options.rfc9990 ? '<generator>Kensa synthetic 1.0</generator>\n' : '',
    '</report_metadata>\n<policy_published>\n',
    `<domain>${domain}</domain><adkim>r</adkim><aspf>r</aspf><p>none</p><sp>none</sp>`,
    options.rfc9990 ? '<np>reject</np><testing>n</testing>' : '<pct>100</pct>',
    '\n</policy_published>\n',
  ];
  for (let i = 0; i < options.records; i++) parts.push(recordXml(i, domain, random));
  parts.push('</feedback>\n');
  return parts.join('');
}

function recordXml(i: number, domain: string, random: () => number): string {
  const ip = i % 5 === 4 ? `2001:db8::${(i % 65_535).toString(16)}` : `198.51.${(i >> 8) % 256}.${i % 256}`;
  const dkimPass = random() < 0.8;
  const spfPass = random() < 0.7;
  const disposition = DISPOSITIONS[Math.floor(random() * DISPOSITIONS.length)];
  const selector = random() < 0.5 ? `<selector>s${i % 7}</selector>` : '';
  return (
    `<record><row><source_ip>${ip}</source_ip><count>${1 + Math.floor(random() * 50)}</count>` +
    `<policy_evaluated><disposition>${disposition}</disposition><dkim>${dkimPass ? 'pass' : 'fail'}</dkim>` +
    `<spf>${spfPass ? 'pass' : 'fail'}</spf></policy_evaluated></row>` +
    `<identifiers><envelope_from>bounce.${domain}</envelope_from><header_from>${domain}</header_from></identifiers>` +
    `<auth_results><dkim><domain>${domain}</domain>${selector}<result>${dkimPass ? 'pass' : 'fail'}</result></dkim>` +
    `<spf><domain>bounce.${domain}</domain><scope>mfrom</scope><result>${spfPass ? 'pass' : 'softfail'}</result></spf>` +
    '</auth_results></record>\n'
  );
}
