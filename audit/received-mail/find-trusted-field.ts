import { parseAuthenticationResults } from '../authres/parse-authentication-results';
import type { AuthResField } from '../authres/types';
import type { MessageHeaders } from './read-message-headers';

/** The topmost trusted field of a message, or why there is none to use. */
export type TrustedField =
  | {
      found: true;
      field: AuthResField | null;
      /** Its place among the message's Authentication-Results fields, 0 for the topmost. */
      index: number;
    }
  | { found: false };

/**
 * Finds the topmost Authentication-Results field whose authserv-id is trusted for the source
 * (compared case-insensitively, RFC 8601 §2.5). Only that field counts: a trusted receiver removes
 * or ignores fields claiming its own id from outside (§5), so lower fields and other ids may be the
 * sender's forgeries. A field that does not parse and yields no trusted id is passed over; one that
 * does yield a trusted id is the trusted field, with nothing readable in it (field null).
 */
export function findTrustedField(headers: MessageHeaders, trusted: ReadonlySet<string>): TrustedField {
  for (const [index, value] of headers.authenticationResults.entries()) {
    const parsed = parseAuthenticationResults(value);
    const id = parsed.ok ? parsed.field.authservId : parsed.authservId;
    if (id !== null && trusted.has(id.toLowerCase()))
      return { found: true, field: parsed.ok ? parsed.field : null, index };
  }
  return { found: false };
}
