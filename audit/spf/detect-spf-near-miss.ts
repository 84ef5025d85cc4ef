import { unframeTxt } from '../dns/unframe-txt';
import { isSpfRecord, parseSpfRecord } from './parse-spf';
import { parseTerms } from './parse-terms';
import type { SpfTerm } from './spf-types';

/** Why a TXT record meant as SPF is not one: RFC 7208 §4.5 discards it. */
export type SpfNearMissProblem =
  /** " v=spf1 …": white space before the version. */
  | 'leading-space'
  /** "\"v=spf1 …\"": quote marks typed into the record's data. */
  | 'quoted'
  /** "v=spf1.0 …", "v = spf1 …", "v=spf10", "v=spf1;…", "spf1 …": not "v=spf1" and a space. */
  | 'version-malformed'
  /** "include:… v=spf1 -all": the version is there, but not first. */
  | 'version-not-first'
  /** "include:… -all": SPF terms without any version. */
  | 'version-missing';

export interface SpfNearMiss {
  problem: SpfNearMissProblem;
  /** The version as written, for 'version-malformed' and 'version-not-first'. */
  version: string | null;
  /** The record as it should be published, when that follows from the text alone; else null. */
  fix: string | null;
}

// "v=spf…" with any separator and suffix, except spf2.0, which is Sender ID (RFC 4406).
const VERSION_LIKE = /^v\s*[=:]\s*spf(?!2)[^\s;,]*[;,]?/i;
// A version with a digit where "1" belongs ("v=spf10", "v = spf1", "v=spf1.0"): SPF meant, whatever
// follows. Other "v=spf…" ("v=spfl am not an SPF record") count only if what follows reads as SPF.
const NUMBERED_VERSION = /^v\s*[=:]\s*spf\s*\d/i;
// "spf1" without "v=".
const BARE_VERSION = /^spf1(?:\.0+)?[;,]?(?=\s|$)/i;
const EXACT_VERSION = /^v=spf1[;,]?$/i;
// Terms that state a sender policy; a record of nothing else must also end in all or redirect=
// before it counts, so that a lone "a" or "mx" never does.
const POLICY_MECHANISMS = new Set(['include', 'ip4', 'ip6', 'exists']);

/**
 * Whether a TXT record that is no SPF record was meant as one, and why receivers discard it. Pure.
 * Null for a valid record ("V=SPF1 -all" is one: the version is case-insensitive) and for text
 * without SPF intent: verification tokens, Sender ID's "spf2.0/…", prose that mentions v=spf1.
 */
export function detectSpfNearMiss(text: string): SpfNearMiss | null {
  if (isSpfRecord(text)) return null;
  const { body, framing } = unframeTxt(text);
  if (body === '') return null;
  if (framing && isSpfRecord(body))
    return { problem: framing, version: null, fix: fixOf(words(body).slice(1), true) };
  const bare = BARE_VERSION.exec(body)?.[0];
  if (bare !== undefined) return malformed(bare, body);
  const version = VERSION_LIKE.exec(body)?.[0];
  if (version !== undefined) {
    const nearMiss = malformed(version, body);
    if (nearMiss.fix !== null || NUMBERED_VERSION.test(version)) return nearMiss;
  }
  const tokens = words(body);
  const at = tokens.findIndex((token) => EXACT_VERSION.test(token));
  if (at > 0) return notFirst(tokens, at);
  if (!isPolicyWithoutVersion(tokens)) return null;
  return { problem: 'version-missing', version: null, fix: fixOf(tokens) };
}

// A term glued to the version ("v=spf1include:x") is kept when it parses as one term.
function malformed(version: string, body: string): SpfNearMiss {
  const glued = version.replace(/^.*?spf1?/i, '').replace(/[;,]$/, '');
  const rest = words(body.slice(version.length));
  const terms = glued !== '' && isOneTerm(glued) ? [glued, ...rest] : rest;
  return { problem: 'version-malformed', version: version.trim(), fix: fixOf(terms, true) };
}

// Flagged only when what goes with the version reads as SPF: "see v=spf1 docs" is prose.
function notFirst(tokens: string[], at: number): SpfNearMiss | null {
  const fix = fixOf(tokens.filter((_, index) => index !== at)) ?? fixOf(tokens.slice(at + 1));
  return fix === null ? null : { problem: 'version-not-first', version: tokens[at] ?? null, fix };
}

function isPolicyWithoutVersion(tokens: string[]): boolean {
  const parsed = parseTerms(tokens.join(' '), 0);
  if (parsed.errors.length > 0 || !onlyKnownModifiers(parsed.terms)) return false;
  const states = parsed.mechanisms.some((m) => POLICY_MECHANISMS.has(m.kind)) || parsed.redirect !== null;
  const ends = parsed.mechanisms.some((m) => m.kind === 'all') || parsed.redirect !== null;
  return states && ends;
}

/** "v=spf1" and the terms, if that makes a record without any error and without unknown modifiers. */
function fixOf(terms: string[], allowEmpty = false): string | null {
  if (terms.length === 0 && !allowEmpty) return null;
  const candidate = ['v=spf1', ...terms].join(' ');
  const parsed = parseSpfRecord(candidate);
  return parsed.errors.length === 0 && onlyKnownModifiers(parsed.terms) ? candidate : null;
}

// An unknown modifier is valid SPF, but in a repaired record it is more likely foreign text (a
// verification token pasted into the record) than a term the owner meant.
function onlyKnownModifiers(terms: SpfTerm[]): boolean {
  return terms.every((term) => term.type === 'mechanism' || term.name === 'redirect' || term.name === 'exp');
}

function isOneTerm(text: string): boolean {
  const parsed = parseTerms(text, 0);
  return parsed.errors.length === 0 && parsed.terms.length === 1;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}
