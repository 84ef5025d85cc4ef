import { getDomain } from 'tldts';

/**
 * The Organizational Domain of RFC 7489 §3.2: the registrable domain by the Public Suffix List,
 * including its private section (github.io, s3.amazonaws.com…), where each registrant is a separate
 * owner — as OpenDMARC reads the list. A public suffix itself (go.jp, lg.jp) is its own. RFC 9989
 * replaces the list with a DNS tree walk (§4.10); we keep the list for now (docs/findings.md).
 */
export function organizationalDomain(domain: string): string {
  const name = domain.toLowerCase().replace(/\.$/, '');
  return getDomain(name, { allowPrivateDomains: true }) ?? name;
}
