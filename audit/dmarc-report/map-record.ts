import { DMARC_INPUT_LIMITS } from './limits';
import {
  domainName,
  enumeration,
  ipAddress,
  messageCount,
  optionalEnumeration,
  requiredText,
} from './normalise-values';
import { refuseNotDmarc, refuseTooLarge } from './refusal';
import type { DmarcDkimResult, DmarcPolicyOverride, DmarcReportRecord, DmarcSpfResult } from './types';
import { childOf, childrenOf, textOf, type XmlNode } from './xml-node';

/**
 * One `<record>` (RFC 7489 Appendix C `RecordType`): `row` (source, count, the policy as applied),
 * `identifiers` and the raw `auth_results`. `n` is its place in the report, for reasons.
 */
export function mapRecord(record: XmlNode, n: number): DmarcReportRecord {
  const where = `record ${n}`;
  const row = childOf(record, 'row');
  if (!row) throw refuseNotDmarc(`${where} has no row`);
  const evaluated = childOf(row, 'policy_evaluated');
  if (!evaluated) throw refuseNotDmarc(`${where} has no row/policy_evaluated`);
  const identifiers = childOf(record, 'identifiers');
  if (!identifiers) throw refuseNotDmarc(`${where} has no identifiers`);
  const results = childOf(record, 'auth_results');
  const envelopeFrom = textOf(identifiers, 'envelope_from');
  const envelopeTo = textOf(identifiers, 'envelope_to');
  return {
    sourceIp: ipAddress(requiredText(row, 'source_ip', where), `${where} source_ip`),
    count: messageCount(requiredText(row, 'count', where), `${where} count`),
    disposition: enumeration(requiredText(evaluated, 'disposition', `${where}/policy_evaluated`)),
    dkimAligned: aligned(evaluated, 'dkim'),
    spfAligned: aligned(evaluated, 'spf'),
    headerFrom: domainName(requiredText(identifiers, 'header_from', where), `${where} header_from`),
    envelopeFrom: envelopeFrom === null ? null : domainName(envelopeFrom, `${where} envelope_from`),
    envelopeTo: envelopeTo === null ? null : domainName(envelopeTo, `${where} envelope_to`),
    dkim: authResults(results, 'dkim', where).map(
      (dkim): DmarcDkimResult => ({
        domain: domainName(textOf(dkim, 'domain') ?? '', `${where} dkim domain`),
        selector: textOf(dkim, 'selector'),
        result: enumeration(requiredText(dkim, 'result', `${where}/auth_results/dkim`)),
      }),
    ),
    spf: authResults(results, 'spf', where).map(
      (spf): DmarcSpfResult => ({
        domain: domainName(textOf(spf, 'domain') ?? '', `${where} spf domain`),
        scope: optionalEnumeration(spf, 'scope'),
        result: enumeration(requiredText(spf, 'result', `${where}/auth_results/spf`)),
      }),
    ),
    reasons: overrides(evaluated),
  };
}

/** DMARC's own verdict per mechanism is `pass` or `fail` (Appendix C `DMARCResultType`); absent is not a pass. */
function aligned(evaluated: XmlNode, name: 'dkim' | 'spf'): 'pass' | 'fail' {
  return optionalEnumeration(evaluated, name) === 'pass' ? 'pass' : 'fail';
}

function authResults(results: XmlNode | undefined, name: 'dkim' | 'spf', where: string): XmlNode[] {
  const found = results ? childrenOf(results, name) : [];
  if (found.length > DMARC_INPUT_LIMITS.authResultsPerRecord)
    throw refuseTooLarge(`${where} has over ${DMARC_INPUT_LIMITS.authResultsPerRecord} ${name} results`);
  return found;
}

/** `reason` entries; an empty `<type/>` (seen in the wild) says nothing and is left out. */
function overrides(evaluated: XmlNode): DmarcPolicyOverride[] {
  return childrenOf(evaluated, 'reason').flatMap((reason) => {
    const type = optionalEnumeration(reason, 'type');
    return type === null ? [] : [{ type, comment: textOf(reason, 'comment') }];
  });
}
