import { domainName, enumeration, optionalEnumeration, percentage, requiredText } from './normalise-values';
import { refuseNotDmarc } from './refusal';
import type { DmarcPolicyPublished } from './types';
import { textOf, type XmlNode } from './xml-node';

/**
 * `policy_published`: the DMARC record the receiver found (RFC 7489 Appendix C; RFC 9990 adds `np`,
 * `testing` and `discovery_method` and drops `pct`). Absent tags stay null here; what a reader
 * assumes for them (RFC 7489 §6.3: `sp` defaults to `p`) is the reader's to say.
 */
export function mapPolicyPublished(section: XmlNode): {
  policyDomain: string;
  policyPublished: DmarcPolicyPublished;
} {
  const where = 'policy_published';
  const policyDomain = domainName(requiredText(section, 'domain', where), `${where}/domain`);
  if (!policyDomain) throw refuseNotDmarc(`${where}/domain is empty`);
  return {
    policyDomain,
    policyPublished: {
      p: enumeration(requiredText(section, 'p', where)),
      sp: optionalEnumeration(section, 'sp'),
      pct: percentage(textOf(section, 'pct')),
      np: optionalEnumeration(section, 'np'),
      adkim: optionalEnumeration(section, 'adkim'),
      aspf: optionalEnumeration(section, 'aspf'),
      fo: optionalEnumeration(section, 'fo'),
      testing: optionalEnumeration(section, 'testing'),
      discoveryMethod: optionalEnumeration(section, 'discovery_method'),
    },
  };
}
