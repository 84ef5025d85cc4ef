import { decodeXmlText } from './decode-xml-text';
import { DMARC_INPUT_LIMITS } from './limits';
import { mapPolicyPublished } from './map-policy-published';
import { mapRecord } from './map-record';
import { mapReportMetadata } from './map-report-metadata';
import { readXmlSections } from './read-xml-sections';
import { refuseNotDmarc, refuseTooLarge } from './refusal';
import type { DmarcAggregateReport, DmarcReportRecord } from './types';
import type { XmlNode } from './xml-node';

const PADDING = new Set(['\0', ' ', '\t', '\r', '\n']);

/**
 * One aggregate report's XML bytes → the normalised report (pure and synchronous). Records are
 * mapped as each closes, and the 100,000th is the last accepted, so a larger report stops there.
 * Throws DmarcRefusal; `readDmarcInput` is the entry point that returns refusals as values.
 */
export function parseAggregateXml(bytes: Uint8Array): DmarcAggregateReport {
  let metadata: XmlNode | undefined;
  let policy: XmlNode | undefined;
  const records: DmarcReportRecord[] = [];
  const root = readXmlSections(withoutPadding(decodeXmlText(bytes)), (section) => {
    if (section.name === 'record') {
      if (records.length === DMARC_INPUT_LIMITS.records)
        throw refuseTooLarge(`more than ${DMARC_INPUT_LIMITS.records} records`);
      records.push(mapRecord(section, records.length + 1));
    } else if (section.name === 'report_metadata') metadata = once(metadata, section);
    else if (section.name === 'policy_published') policy = once(policy, section);
  });
  if (!metadata) throw refuseNotDmarc('report_metadata is missing');
  if (!policy) throw refuseNotDmarc('policy_published is missing');
  return {
    ...mapReportMetadata(metadata),
    ...mapPolicyPublished(policy),
    records,
    messages: records.reduce((sum, record) => sum + record.count, 0),
    namespace: root.namespace,
  };
}

/**
 * White space before the XML declaration and NUL bytes after the document, as some reporters'
 * mailers leave them; XML 1.0 §2.8 allows neither, and they say nothing about the report.
 */
function withoutPadding(text: string): string {
  // A loop, not a regular expression: a long run of NULs followed by text would backtrack.
  let end = text.length;
  while (end > 0 && PADDING.has(text[end - 1] ?? '')) end--;
  return text.slice(0, end).replace(/^\s+(?=<\?xml)/, '');
}

/** A second `report_metadata` or `policy_published` makes the report ambiguous. */
function once(seen: XmlNode | undefined, section: XmlNode): XmlNode {
  if (seen) throw refuseNotDmarc(`${section.name} appears twice`);
  return section;
}
