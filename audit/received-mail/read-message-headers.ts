import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { domainOfAddress } from './domain-of-address';
import { parseMailDate, parseReceivedDate } from './parse-mail-date';
import { readHeaderFields } from './read-header-fields';

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
  /** The domain of the From field's first address (RFC 5322 §3.6.2), lower case. */
  fromDomain: string | null;
  /** The topmost Received-SPF field (RFC 7208 §9.1), unparsed, and where it lies; null when none. */
  receivedSpf: TopReceivedSpf | null;
}

export interface TopReceivedSpf {
  value: string;
  /** How many Authentication-Results fields lie above it: 0 when it is above them all. */
  authResultsAbove: number;
}

const WANTED = new Set(['received', 'date', 'message-id', 'authentication-results', 'from', 'received-spf']);
/** RFC 5322 §2.1.1: no line is longer, so neither is a sane Message-ID. */
const MAX_MESSAGE_ID = 998;

/**
 * Reads the fields statistics need from a header block's bytes, or null when the block holds no
 * header field at all. Bytes are read as Latin-1 (one char per byte, no decoding cost) and only the
 * kept values are re-read as UTF-8 (RFC 6532 allows UTF-8 in header fields).
 */
export function readMessageHeaders(block: Buffer): MessageHeaders | null {
  const fields = readHeaderFields(block.toString('latin1'), WANTED);
  if (fields.length === 0) return null;
  const first = (name: string) => fields.find((field) => field.name === name)?.value;
  const received = first('received');
  const fromReceived = received === undefined ? null : parseReceivedDate(received);
  const date = first('date');
  const from = first('from');
  const spfAt = fields.findIndex((field) => field.name === 'received-spf');
  const spfField = fields[spfAt];
  return {
    messageId: readMessageId(first('message-id')),
    receivedAt: fromReceived ?? (date === undefined ? null : parseMailDate(date)),
    authenticationResults: fields
      .filter((field) => field.name === 'authentication-results')
      .map((field) => utf8(field.value)),
    fromDomain: from === undefined ? null : domainOfAddress(utf8(from)),
    receivedSpf:
      spfField === undefined
        ? null
        : {
            value: spfField.value,
            authResultsAbove: fields
              .slice(0, spfAt)
              .filter((field) => field.name === 'authentication-results').length,
          },
  };
}

function readMessageId(value: string | undefined): string | null {
  const id = value?.trim().replace(/^<(.*)>$/s, '$1') ?? '';
  if (id === '' || id.length > MAX_MESSAGE_ID) return null;
  return createHash('sha256').update(id, 'latin1').digest('base64url');
}

/** Re-reads a Latin-1 decoded value as UTF-8 when it has any byte above 0x7f. */
function utf8(latin1: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is every ASCII byte
  return /^[\x00-\x7f]*$/.test(latin1) ? latin1 : Buffer.from(latin1, 'latin1').toString('utf8');
}
