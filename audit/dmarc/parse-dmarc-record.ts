import { parseTagList, type Tag } from '../dkim/parse-tag-list';
import { checkDmarcValue } from './check-dmarc-value';
import { DMARC_TAGS, type DmarcTagName, isDmarcTagName } from './dmarc-tags';
import { parseReportUri, splitUriList } from './parse-report-uri';
import { readDmarcTags } from './read-dmarc-tags';
import type { DmarcTags } from './types';

export type DmarcParse =
  /**
   * Not a DMARC record: it does not start with "v=DMARC1" (RFC 7489 §6.6.3 discards it). Whether it
   * was meant as one is detectDmarcNearMiss's question.
   */
  | { kind: 'not-dmarc' }
  | {
      kind: 'dmarc';
      /** The policy it expresses, defaults filled in; null when no policy can be read from it. */
      tags: DmarcTags | null;
      /** Valid tags as published (lower-case names). */
      published: Partial<Record<DmarcTagName, string>>;
      /** Syntax errors (dmarc.syntax-error); each names the tag and what is wrong. */
      errors: string[];
      /** Not errors: unknown tags ignored, tags RFC 9989 removed, non-mailto destinations. */
      notes: string[];
    };

// RFC 9989 §4.8: dmarc-version = "v" equals %s"DMARC1" (case-sensitive value), then a separator or the end.
const VERSION = /^[vV][ \t]*=[ \t]*DMARC1[ \t]*(;|$)/;

/** True when a TXT string starts with the DMARC version, as receivers require (RFC 7489 §6.6.3). */
export function isDmarcRecord(text: string): boolean {
  return VERSION.test(text);
}

/**
 * Parses a DMARC record (RFC 7489 §6.3–6.4, RFC 9989 §4.7–4.8). Pure. Invalid values are syntax
 * errors, and — as both RFCs require — fall back to their defaults rather than void the record; a
 * record that repeats a tag yields no policy.
 */
export function parseDmarcRecord(text: string): DmarcParse {
  if (!isDmarcRecord(text)) return { kind: 'not-dmarc' };
  const list = parseTagList(text, { caseInsensitiveNames: true });
  const errors = [...list.errors];
  const notes: string[] = [];
  const published = checkTags(list.tags, errors, notes);
  if (list.duplicates.length > 0) return { kind: 'dmarc', tags: null, published, errors, notes };
  checkPolicyTag(
    list.tags.map((tag) => tag.name),
    published,
    errors,
    notes,
  );
  notes.push(...destinationNotes(published));
  return { kind: 'dmarc', tags: readDmarcTags(published), published, errors, notes };
}

/** Checks each tag against DMARC_TAGS; returns the valid ones. Unknown tags are ignored (RFC 7489 §6.3). */
function checkTags(tags: Tag[], errors: string[], notes: string[]): Partial<Record<DmarcTagName, string>> {
  const published: Partial<Record<DmarcTagName, string>> = {};
  for (const { name, value } of tags) {
    if (!isDmarcTagName(name)) {
      notes.push(`unknown tag "${name}" ignored (RFC 7489 §6.3)`);
      continue;
    }
    const error = checkDmarcValue(name, value, DMARC_TAGS[name].rule);
    if (error) errors.push(error);
    else published[name] = value;
    if (DMARC_TAGS[name].removedIn9989)
      notes.push(`${name}= is removed in RFC 9989; RFC 7489 receivers still read it`);
  }
  return published;
}

/**
 * A record without p= is treated as p=none by RFC 9989 §4.7, and by RFC 7489 §6.6.3 only when rua=
 * names a valid destination (else it is ignored): so missing p= is an error only without rua=.
 * RFC 7489's ABNF also puts p= right after v=; RFC 9989 dropped that, so it is only noted.
 */
function checkPolicyTag(
  order: string[],
  published: Partial<Record<DmarcTagName, string>>,
  errors: string[],
  notes: string[],
) {
  if (!order.includes('p')) {
    if (published.rua === undefined)
      errors.push('p= is missing and no valid rua= is given: RFC 7489 receivers ignore this record');
    else notes.push('p= is missing: treated as p=none (RFC 9989 §4.7, RFC 7489 §6.6.3)');
  } else if (order[1] !== 'p') {
    notes.push(
      'p= is not the second tag: RFC 7489 §6.4 expects it right after v= (RFC 9989 allows any order)',
    );
  }
}

function destinationNotes(published: Partial<Record<DmarcTagName, string>>): string[] {
  const uris = [published.rua, published.ruf].flatMap((list) =>
    list === undefined ? [] : splitUriList(list),
  );
  return uris.flatMap((text) => {
    const parsed = parseReportUri(text);
    if (!parsed.ok) return [];
    if (parsed.uri.scheme !== 'mailto')
      return [`${text}: receivers are only required to support mailto: (RFC 7489 §6.2)`];
    const notes = parsed.uri.domain ? [] : [`${text}: not a mail address, so no report can be sent there`];
    if (parsed.uri.sizeLimit)
      notes.push(`${text}: the "!size" suffix is RFC 7489 syntax; RFC 9989 dropped it`);
    return notes;
  });
}
