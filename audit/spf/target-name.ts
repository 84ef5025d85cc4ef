import { SPF_LIMITS } from './lookup-limits';

/**
 * Turns an expanded domain-spec into the name to query (RFC 7208 §7.3): the final dot is dropped
 * and a name over 253 octets loses labels from the left until it fits. Null when no DNS query can
 * be composed from it (an empty or over-long label), which the caller treats as "no such name".
 */
export function toTargetName(expanded: string): string | null {
  let labels = expanded.replace(/\.$/, '').split('.');
  while (labels.join('.').length > SPF_LIMITS.nameOctets && labels.length > 1) labels = labels.slice(1);
  return validLabels(labels) ? labels.join('.').toLowerCase() : null;
}

/**
 * RFC 7208 §4.3: a <domain> check_host() can evaluate is a well-formed multi-label name;
 * anything else (an empty or over-long label, a single label, an address literal) gives "none".
 */
export function isCheckableDomain(domain: string): boolean {
  const labels = domain.replace(/\.$/, '').split('.');
  return (
    labels.length > 1 &&
    validLabels(labels) &&
    !/^\[.*\]$/.test(domain) &&
    domain.length <= SPF_LIMITS.nameOctets + 1
  );
}

function validLabels(labels: string[]): boolean {
  return labels.every((label) => label.length > 0 && label.length <= SPF_LIMITS.labelOctets);
}
