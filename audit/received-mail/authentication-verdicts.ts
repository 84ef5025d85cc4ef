import { Buffer } from 'node:buffer';
import type { AuthResField, AuthResResult } from '../authres/types';
import { organizationalDomain } from '../dmarc/organizational-domain';
import { domainOfAddress } from './domain-of-address';

/** One message's SPF, DKIM and DMARC as a trusted receiver judged them, and whose mail it was. */
export interface AuthenticationVerdicts {
  spf: string;
  dkim: string;
  dmarc: string;
  /** The organisational domain (RFC 7489 §3.2) of the envelope sender, else of the From domain. */
  senderDomain: string | null;
}

/**
 * Reduces a trusted field to one result per method (issue 13's contract), results normalised:
 * SPF is the result for smtp.mailfrom (RFC 7208 §2.4), else the first SPF result (e.g. for HELO);
 * DKIM passes when any signature passed (RFC 6376 §6.1: one valid signature is enough), else the
 * first; DMARC is the first. An absent method is `none`. `field` null (a trusted field that did not
 * parse) gives `none` throughout. `from` is the From field's value, read only when the field names no
 * sender.
 */
export function authenticationVerdicts(
  field: AuthResField | null,
  from: string | null,
): AuthenticationVerdicts {
  // One pass over the results, without arrays per method: this runs for every counted message.
  let spf: AuthResResult | undefined;
  let mailfromSpf: AuthResResult | undefined;
  let dkim: AuthResResult | undefined;
  let dkimPass: AuthResResult | undefined;
  let dmarc: AuthResResult | undefined;
  let envelope: string | undefined;
  let headerFrom: string | undefined;
  for (const result of field?.results ?? []) {
    const mailfrom = propertyValue(result, 'smtp', 'mailfrom');
    envelope ??= mailfrom;
    headerFrom ??= propertyValue(result, 'header', 'from');
    if (result.method === 'spf') {
      spf ??= result;
      if (mailfrom !== undefined) mailfromSpf ??= result;
    } else if (result.method === 'dkim') {
      dkim ??= result;
      if (result.normalizedResult === 'pass') dkimPass ??= result;
    } else if (result.method === 'dmarc') dmarc ??= result;
  }
  const domain =
    (envelope === undefined ? null : domainOfAddress(envelope)) ??
    (headerFrom === undefined ? null : domainOfAddress(headerFrom)) ??
    (from === null ? null : domainOfAddress(from));
  return {
    spf: (mailfromSpf ?? spf)?.normalizedResult ?? 'none',
    dkim: (dkimPass ?? dkim)?.normalizedResult ?? 'none',
    dmarc: dmarc?.normalizedResult ?? 'none',
    senderDomain: domain === null ? null : cachedOrganizationalDomain(domain),
  };
}

/**
 * A run sees the same few thousand sender domains again and again; the Public Suffix List walk is the
 * cost. Keys and values are copied: the domain is a slice of its message's header text, which V8
 * would otherwise keep whole for as long as the cache (or a period's set of domains) holds it.
 */
const ORGANIZATIONAL = new Map<string, string>();
const MAX_CACHED = 10_000;

function cachedOrganizationalDomain(domain: string): string {
  let organizational = ORGANIZATIONAL.get(domain);
  if (organizational === undefined) {
    if (ORGANIZATIONAL.size >= MAX_CACHED) ORGANIZATIONAL.clear();
    organizational = copyOf(organizationalDomain(domain));
    ORGANIZATIONAL.set(copyOf(domain), organizational);
  }
  return organizational;
}

function copyOf(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

function propertyValue(result: AuthResResult, ptype: string, property: string): string | undefined {
  for (const p of result.properties) if (p.ptype === ptype && p.property === property) return p.value;
  return undefined;
}
