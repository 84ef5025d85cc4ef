import { parseTerms, termError } from '../spf/parse-terms';
import { spfNotes } from '../spf/spf-notes';
import type { ParsedSpf, SpfSyntaxError } from '../spf/spf-types';

/** The scopes RFC 4406 §3.1 and RFC 4407 define: MAIL FROM and the Purported Responsible Address. */
export type SenderIdScope = 'mfrom' | 'pra';

export interface ParsedSenderId extends ParsedSpf {
  scopes: SenderIdScope[];
}

// RFC 4406 §3.1: version = "spf2.0" "/" scope *( "," scope ); "v=" is a common mistake.
const VERSION = /^(v=)?spf2\.0\/([^ ]*)(?: |$)/i;
const SCOPES = new Set<string>(['mfrom', 'pra']);

/** True when a TXT string is (or tries to be) a Sender ID record. */
export function isSenderIdRecord(text: string): boolean {
  return VERSION.test(text);
}

/**
 * Parses a Sender ID record (RFC 4406 §3): the version with its scopes, then the terms of
 * SPF (RFC 7208 §12 grammar, as RFC 4406 §3 borrows RFC 4408's). Pure, like parseSpfRecord.
 */
export function parseSenderIdRecord(record: string): ParsedSenderId {
  const version = VERSION.exec(record);
  if (!version) {
    const error = termError('version', 0, '', "the record does not begin with 'spf2.0/' and a scope");
    return {
      record,
      scopes: [],
      terms: [],
      mechanisms: [],
      redirect: null,
      exp: null,
      errors: [error],
      notes: [],
    };
  }
  const errors: SpfSyntaxError[] = [];
  if (version[1]) errors.push(termError('version', 0, '', "the version is 'spf2.0', without 'v='"));
  const scopes: SenderIdScope[] = [];
  for (const scope of (version[2] ?? '').toLowerCase().split(',')) {
    if (SCOPES.has(scope)) scopes.push(scope as SenderIdScope);
    else
      errors.push(termError('version', 0, '', `unknown scope '${scope}' (RFC 4406 defines mfrom and pra)`));
  }
  const start = version[0].endsWith(' ') ? version[0].length - 1 : version[0].length;
  const parsed = parseTerms(record, start);
  const notes = spfNotes(record, parsed.mechanisms, parsed.redirect);
  return { record, scopes, ...parsed, errors: [...errors, ...parsed.errors], notes };
}
