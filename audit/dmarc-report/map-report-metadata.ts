import { epochSecondsToIso, requiredText } from './normalise-values';
import { refuseNotDmarc } from './refusal';
import type { DmarcAggregateReport } from './types';
import { childOf, childrenOf, textOf, type XmlNode } from './xml-node';

export type DmarcReportMetadata = Pick<
  DmarcAggregateReport,
  'orgName' | 'reportId' | 'begin' | 'end' | 'reporterEmail' | 'extraContactInfo' | 'errors' | 'generator'
>;

/**
 * `report_metadata` (RFC 7489 Appendix C; RFC 9990 adds `generator`). `org_name` falls back to
 * `email` when a reporter leaves it out or empty: the reporter must be named for the report's
 * identity (reporter, report id, policy domain, range).
 */
export function mapReportMetadata(section: XmlNode): DmarcReportMetadata {
  const where = 'report_metadata';
  const reporterEmail = textOf(section, 'email');
  const orgName = textOf(section, 'org_name') ?? reporterEmail;
  if (orgName === null) throw refuseNotDmarc(`${where}/org_name is missing`);
  const range = childOf(section, 'date_range');
  if (!range) throw refuseNotDmarc(`${where}/date_range is missing`);
  const begin = epochSecondsToIso(requiredText(range, 'begin', `${where}/date_range`), 'date_range/begin');
  const end = epochSecondsToIso(requiredText(range, 'end', `${where}/date_range`), 'date_range/end');
  if (begin > end) throw refuseNotDmarc('date_range/begin is after date_range/end');
  return {
    orgName,
    reportId: requiredText(section, 'report_id', where),
    begin,
    end,
    reporterEmail,
    extraContactInfo: textOf(section, 'extra_contact_info'),
    errors: childrenOf(section, 'error')
      .map((error) => error.text.trim())
      .filter(Boolean),
    generator: textOf(section, 'generator'),
  };
}
