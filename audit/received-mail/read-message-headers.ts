import { Buffer } from 'node:buffer';
import { hash } from 'node:crypto';
import { parseMailDate, parseReceivedDate } from './parse-mail-date';
import { readHeaderFields, wantedFields } from './read-header-fields';

/** What statistics need of one message's header block; no local part, no body. */
export interface MessageHeaders {
  /**
   * SHA-256 (base64url) of the Message-ID without its angle brackets, to count a duplicate once;
   * null when absent. A digest rather than the ID: IDs often carry a local part or a host name, and a
   * digest is a new 43-character string where a slice of the header would keep the whole header alive.
   */
  messageId: string | null;
  /** The topmost Received field's date, else the Date field's; null when neither parses. */
  receivedAt: number | null;
  /** Authentication-Results values, topmost (newest, RFC 8601 §5) first. */
  authenticationResults: string[];
  /**
   * The From field's value (RFC 5322 §3.6.2): only its domain is ever read, and only when the
   * trusted field names no sender (authenticationVerdicts), so most messages never parse it.
   */
  from: string | null;
  /** The topmost Received-SPF field (RFC 7208 §9.1), unparsed, and where it lies; null when none. */
  receivedSpf: TopReceivedSpf | null;
}

export interface TopReceivedSpf {
  value: string;
  /** How many Authentication-Results fields lie above it: 0 when it is above them all. */
  authResultsAbove: number;
}

const WANTED = wantedFields([
  'received',
  'date',
  'message-id',
  'authentication-results',
  'from',
  'received-spf',
]);
/** RFC 5322 §2.1.1: no line is longer, so neither is a sane Message-ID. */
const MAX_MESSAGE_ID = 998;

/**
 * Reads the fields statistics need from a header block's bytes, or null when the block holds no
 * header field at all. Bytes are read as Latin-1 (one char per byte, no decoding cost) and only the
 * kept values are re-read as UTF-8 (RFC 6532 allows UTF-8 in header fields). One pass over the
 * kept fields: it runs once per ingested message.
 */
export function readMessageHeaders(block: Buffer): MessageHeaders | null {
  const fields = readHeaderFields(block.toString('latin1'), WANTED);
  if (fields.length === 0) return null;
  const first = new Map<string, string>();
  const authenticationResults: string[] = [];
  let receivedSpf: TopReceivedSpf | null = null;
  for (const { name, value } of fields) {
    if (name === 'authentication-results') authenticationResults.push(utf8(value));
    else if (!first.has(name)) {
      first.set(name, value);
      if (name === 'received-spf') receivedSpf = { value, authResultsAbove: authenticationResults.length };
    }
  }
  const received = first.get('received');
  const date = first.get('date');
  const from = first.get('from');
  return {
    messageId: readMessageId(first.get('message-id')),
    receivedAt:
      (received === undefined ? null : parseReceivedDate(received)) ??
      (date === undefined ? null : parseMailDate(date)),
    authenticationResults,
    from: from === undefined ? null : utf8(from),
    receivedSpf,
  };
}

function readMessageId(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  const id =
    trimmed.length >= 2 && trimmed.startsWith('<') && trimmed.endsWith('>') ? trimmed.slice(1, -1) : trimmed;
  if (id === '' || id.length > MAX_MESSAGE_ID) return null;
  // The text is Latin-1 decoded: the digest is of the bytes as written (ASCII reads the same as UTF-8).
  return hash('sha256', isAscii(id) ? id : Buffer.from(id, 'latin1'), 'base64url');
}

/** Re-reads a Latin-1 decoded value as UTF-8 when it has any byte above 0x7f. */
function utf8(latin1: string): string {
  return isAscii(latin1) ? latin1 : Buffer.from(latin1, 'latin1').toString('utf8');
}

function isAscii(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is every ASCII byte
  return /^[\x00-\x7f]*$/.test(text);
}
