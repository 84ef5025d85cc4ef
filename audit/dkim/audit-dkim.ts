import { type DnsAnswer, isTemporary, joinTxt, type Resolver } from '../dns/types';
import type { FindingId } from '../findings/catalog';
import { clipText, EVIDENCE_TEXT_CHARS, MESSAGE_TEXT_CHARS } from '../findings/clip-text';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../findings/types';
import { keyFindings } from './dkim-findings';
import { isDkimKeyCandidate } from './is-dkim-key-candidate';
import { parseDkimKeyRecord } from './parse-dkim-key-record';
import { DEFAULT_SELECTORS } from './selector-dictionary';
import type { DkimAudit, DkimKey } from './types';

/** A selector no one publishes: whatever answers it comes from a wildcard. */
const WILDCARD_PROBE = 'kensa-wildcard-probe';

export interface AuditDkimOptions {
  /** Selectors known for this domain (e.g. from a DKIM-Signature s=); always probed, first. */
  selectors?: string[];
  /**
   * Query `_domainkey.<domain>` first and skip the dictionary on NXDOMAIN (RFC 8020 §2: nothing
   * exists below a name that does not exist). Default true; turn off for servers that answer
   * NXDOMAIN for empty non-terminals (the name is then still read, last, for keys published there).
   */
  rfc8020?: boolean;
  /** Replaces the built-in ranked dictionary (selectors.json). */
  dictionary?: readonly string[];
  /**
   * Whether the domain sends mail; dkim.none-found is reported only for sending domains. Default
   * true. A promise lets the probes start before the MX answer that decides it.
   */
  sending?: boolean | Promise<boolean>;
}

/**
 * Finds the DKIM keys of a domain by probing selectors (RFC 6376 §3.6.2.1): the caller's own, then
 * the dictionary. Absence can never be proven — only that none of the probed selectors has a key.
 */
export async function auditDkim(
  domain: string,
  resolver: Resolver,
  options: AuditDkimOptions = {},
): Promise<DkimAudit> {
  const custom = normalizeSelectors(options.selectors ?? []);
  const atDomainkey = () => resolver.query(`_domainkey.${domain}`, 'TXT');
  const first = options.rfc8020 === false ? null : await atDomainkey();
  const shortcut = first && isRfc8020Shortcut(first) ? 'nxdomain-at-_domainkey' : null;
  // Custom selectors are probed even after the shortcut: they are few, and they are what a broken
  // server's wrong NXDOMAIN would otherwise hide.
  const dictionary = shortcut
    ? []
    : [WILDCARD_PROBE, ...normalizeSelectors(options.dictionary ?? DEFAULT_SELECTORS)];
  const selectors = [...new Set([...custom, ...dictionary])];
  // All at once: the DNS client's window bounds what is on the wire, across domains.
  const answers = await Promise.all(
    selectors.map((selector) => resolver.query(`${selector}._domainkey.${domain}`, 'TXT')),
  );
  const found = answers.flatMap((answer, index) => keysOf(selectors[index] ?? '', answer));
  const keys = withoutWildcardCopies(found);
  const temporaryFailures = answers
    .filter((answer) => isTemporary(answer.outcome))
    .map(({ name, type, outcome }) => ({ name, type, outcome }));
  const status = temporaryFailures.length > 0 ? 'partial' : 'complete';
  const findings = keys.flatMap(keyFindings);
  if (keys.length === 0 && status === 'complete' && (await options.sending) !== false) {
    findings.push(makeFinding('dkim.none-found', { selectorsProbed: selectors.length, shortcut }));
  }
  findings.push(...withoutSelector(domain, first ?? (await atDomainkey()), found));
  return { status, selectorsProbed: selectors.length, shortcut, keys, temporaryFailures, findings };
}

/**
 * A `*._domainkey` wildcard (parked domains often publish "v=DKIM1; p=") answers every selector. The
 * probe's answer is reported once, as selector "*", and the identical answers at other selectors are
 * dropped as the wildcard's copies.
 */
function withoutWildcardCopies(keys: DkimKey[]): DkimKey[] {
  const wildcard = new Set(keys.filter((key) => key.selector === WILDCARD_PROBE).map((key) => key.record));
  return keys.flatMap((key) => {
    if (key.selector === WILDCARD_PROBE) return [{ ...key, selector: '*' }];
    return wildcard.has(key.record) ? [] : [key];
  });
}

/**
 * NXDOMAIN at `_domainkey.<domain>` means no selector exists (RFC 8020 §2). A CNAME there that ends
 * in NXDOMAIN does not: the alias itself exists, and names below it may too.
 */
function isRfc8020Shortcut(answer: DnsAnswer<'TXT'>): boolean {
  return answer.outcome === 'nxdomain' && answer.cnames.length === 0;
}

/**
 * dkim.misplaced for key records at `_domainkey.<domain>` itself, where no selector can reach them
 * (RFC 6376 §3.6.2.1), except copies of what a wildcard answered for the probe selector.
 */
function withoutSelector(domain: string, answer: DnsAnswer<'TXT'>, found: DkimKey[]): Finding<FindingId>[] {
  const wildcard = new Set(found.filter((key) => key.selector === WILDCARD_PROBE).map((key) => key.record));
  const records = answer.records
    .map(joinTxt)
    .filter((text) => isDkimKeyCandidate(text) && !wildcard.has(text));
  return records.slice(0, 5).map((record) => {
    const evidence = { name: answer.name, record: clipText(record, EVIDENCE_TEXT_CHARS) };
    const detail = `${JSON.stringify(clipText(record, MESSAGE_TEXT_CHARS))} at ${answer.name}; publish it at <selector>._domainkey.${domain}`;
    return makeFinding('dkim.misplaced', evidence, detail);
  });
}

function keysOf(selector: string, answer: DnsAnswer<'TXT'>): DkimKey[] {
  return answer.records
    .map(joinTxt)
    .filter(isDkimKeyCandidate)
    .map((record) => {
      const parsed = parseDkimKeyRecord(record);
      return {
        selector,
        record,
        type: parsed.keyType,
        bits: parsed.bits,
        testing: parsed.testing,
        revoked: parsed.revoked,
        hashAlgorithms: parsed.hashAlgorithms,
        fingerprint: parsed.fingerprint,
        errors: parsed.errors,
        warnings: parsed.warnings,
      };
    });
}

function normalizeSelectors(selectors: readonly string[]): string[] {
  return selectors
    .map((selector) => selector.trim().toLowerCase().replace(/\.$/, ''))
    .filter((s) => s !== '');
}
