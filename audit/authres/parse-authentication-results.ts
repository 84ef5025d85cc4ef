import { AuthResSyntaxError, FieldCursor } from './field-cursor';
import { AUTHRES_LIMITS } from './limits';
import type { AuthResParse, AuthResProperty, AuthResResult } from './types';

/**
 * Legacy result words and today's: RFC 5451 §2.4.3 (and Sender ID, RFC 4406) said `hardfail` where
 * RFC 7001 and later say `fail` (RFC 8601 §2.7.2).
 */
const NORMALIZED_RESULTS: Record<string, string> = { hardfail: 'fail' };

/**
 * Parses the value of one Authentication-Results field (RFC 8601 §2.2; RFC 5451, 7001 and 7601 wrote
 * the same grammar), folded or not, with or without the field name. Never throws: what it cannot read
 * is an error value naming the problem and where. Lenient where real receivers deviate harmlessly —
 * a trailing or doubled ";", `_` in keywords, base64 in unquoted values, a bare `name=value` after a
 * result (Exchange Online's `action=none`, skipped: it is no ptype.property) — and strict where
 * meaning would be guessed: a field without an authserv-id (`spf=pass …` straight after the name)
 * is an error, since nothing can tell whose verdict it is.
 */
export function parseAuthenticationResults(value: string): AuthResParse {
  const text = value.replace(/^\s*authentication-results\s*:/i, '');
  if (text.length > AUTHRES_LIMITS.fieldLength)
    return {
      ok: false,
      error: `field is ${text.length} characters long; the limit is ${AUTHRES_LIMITS.fieldLength}`,
      authservId: null,
    };
  const cursor = new FieldCursor(text);
  let authservId: string | null = null;
  try {
    const id = cursor.value('an authserv-id');
    if (cursor.accept('=')) cursor.fail(`no authserv-id: the field starts with the result "${id}="`);
    authservId = id;
    const version = cursor.version();
    cursor.expect(';', 'after the authserv-id');
    if (readsNone(cursor)) return { ok: true, field: { authservId, version, none: true, results: [] } };
    return { ok: true, field: { authservId, version, none: false, results: readResults(cursor) } };
  } catch (error) {
    if (!(error instanceof AuthResSyntaxError)) throw error;
    return { ok: false, error: error.message, authservId };
  }
}

/**
 * RFC 8601 §2.2 no-result: `; none` with nothing after it but a stray ";". `none=…` would be a method
 * of that name, so the cursor goes back when `=` follows.
 */
function readsNone(cursor: FieldCursor): boolean {
  cursor.skipCfws();
  if (!cursor.peekIs('n') && !cursor.peekIs('N')) return false;
  const mark = cursor.mark();
  if (cursor.keyword('a method') !== 'none' || cursor.accept('=')) {
    cursor.reset(mark);
    return false;
  }
  while (cursor.accept(';'));
  if (!cursor.atEnd()) cursor.fail('unexpected text after "none"');
  return true;
}

function readResults(cursor: FieldCursor): AuthResResult[] {
  const results: AuthResResult[] = [];
  for (;;) {
    while (cursor.accept(';'));
    cursor.skipCfws();
    if (cursor.atEnd()) break;
    if (results.length === AUTHRES_LIMITS.results) cursor.fail(`more than ${AUTHRES_LIMITS.results} results`);
    results.push(readResult(cursor));
    cursor.skipCfws();
    if (cursor.atEnd()) break;
    cursor.expect(';', 'between results');
  }
  if (results.length === 0) cursor.fail('no results after the authserv-id');
  return results;
}

/**
 * RFC 8601 §2.2 resinfo after its ";": methodspec [reasonspec] *propspec. Messages that name what
 * was read are written only when reading fails (`?? cursor.fail`): this runs for every property.
 */
function readResult(cursor: FieldCursor): AuthResResult {
  const method = cursor.keyword('a method');
  if (cursor.accept('/') && cursor.version() === null) cursor.fail(`expected a version after "${method}/"`);
  if (!cursor.accept('=')) cursor.fail(`expected "=" after the method "${method}"`);
  const result = cursor.optionalKeyword() ?? cursor.fail(`expected a result for "${method}"`);
  let reason: string | null = null;
  const properties: AuthResProperty[] = [];
  for (;;) {
    cursor.skipCfws();
    if (cursor.atEnd() || cursor.peekIs(';')) break;
    const name = cursor.optionalKeyword() ?? cursor.fail(`expected a property after "${method}=${result}"`);
    if (cursor.accept('=')) {
      if (name === 'reason' && reason === null) reason = cursor.value('a reason');
      else cursor.propertyValue();
      continue;
    }
    if (!cursor.accept('.')) cursor.fail(`expected "." after "${name}" (ptype.property=value)`);
    const property = cursor.optionalKeyword() ?? cursor.fail(`expected a property name after "${name}."`);
    if (!cursor.accept('=')) cursor.fail(`expected "=" after "${name}.${property}"`);
    if (properties.length === AUTHRES_LIMITS.properties)
      cursor.fail(`more than ${AUTHRES_LIMITS.properties} properties in one result`);
    properties.push({ ptype: name, property, value: cursor.propertyValue() });
  }
  return { method, result, normalizedResult: NORMALIZED_RESULTS[result] ?? result, reason, properties };
}
