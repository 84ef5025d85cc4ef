import { parseTagList } from '../dkim/parse-tag-list';
import { unframeTxt } from '../dns/unframe-txt';
import { isDmarcRecord, parseDmarcRecord } from './parse-dmarc-record';

/** Why a TXT record meant as DMARC is not one: RFC 7489 §6.6.3 discards it. */
export type DmarcNearMissProblem =
  /** " v=DMARC1; …": white space before the version. */
  | 'leading-space'
  /** "\"v=DMARC1; …\"": quote marks typed into the record's data. */
  | 'quoted'
  /** "v=dmarc1; …" (DMARC1 is case-sensitive), "v=DMARC1 p=reject" (no ";"), "DMARC1; …" (no "v="). */
  | 'version-malformed'
  /** "p=reject; v=DMARC1; …": the version is there, but not first. */
  | 'version-not-first'
  /** "p=reject; rua=…": a policy without any version. */
  | 'version-missing';

export interface DmarcNearMiss {
  problem: DmarcNearMissProblem;
  /** The version as written, for 'version-malformed' and 'version-not-first'. */
  version: string | null;
  /** The record as it should be published, when that follows from the text alone; else null. */
  fix: string | null;
}

// A first tag that reads as a DMARC version: "v=dmarc1", "v:DMARC1", "v=DMARC 1", "v=DMARC1.0",
// "v=DMARC1" followed by a space or comma instead of ";", or "DMARC1" without "v=".
const VERSION_LIKE = /^(?:v\s*[=:]\s*dmarc[^\s;,]*(?:\s+1(?=[\s;,]|$))?|dmarc1(?=[\s;,]|$))/i;
const VERSION_TAG = /^v\s*=\s*dmarc\S*$/i;
const POLICY_TAG = /^p\s*=\s*(none|quarantine|reject)$/i;

/**
 * Whether a TXT record at a `_dmarc` name that is no DMARC record was meant as one, and why
 * receivers discard it. Pure. Null for a valid record ("V = DMARC1; P=reject" is one: the tag name
 * is case-insensitive and white space may surround "=") and for text without DMARC intent: an SPF
 * record, a verification token, another protocol's "v=…1" record.
 */
export function detectDmarcNearMiss(text: string): DmarcNearMiss | null {
  if (isDmarcRecord(text)) return null;
  const { body, framing } = unframeTxt(text);
  if (body === '') return null;
  if (framing && isDmarcRecord(body))
    return { problem: framing, version: null, fix: fixOf(body.split(';').slice(1)) };
  const version = VERSION_LIKE.exec(body)?.[0];
  if (version !== undefined) {
    const [glued = '', ...specs] = body.slice(version.length).split(';');
    const fix = fixOf([...glued.split(/[\s,]+/), ...specs]);
    return { problem: 'version-malformed', version, fix };
  }
  const specs = body.split(';').map((spec) => spec.trim());
  const at = specs.findIndex((spec) => VERSION_TAG.test(spec));
  if (at > 0) {
    const fix = fixOf(specs.filter((_, index) => index !== at));
    return { problem: 'version-not-first', version: specs[at] ?? null, fix };
  }
  if (at < 0 && specs.some((spec) => POLICY_TAG.test(spec)))
    return { problem: 'version-missing', version: null, fix: fixOf(specs) };
  return null;
}

/** "v=DMARC1" and the tags, if every one is a tag=value pair and a policy can be read from them. */
function fixOf(specs: string[]): string | null {
  const tags = specs.map((spec) => spec.trim()).filter((spec) => spec !== '');
  const candidate = ['v=DMARC1', ...tags].join('; ');
  if (parseTagList(candidate).errors.length > 0) return null;
  const parsed = parseDmarcRecord(candidate);
  return parsed.kind === 'dmarc' && parsed.tags !== null ? candidate : null;
}
