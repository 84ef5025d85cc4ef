import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { readMessageHeaders } from './read-message-headers';

function headersOf(text: string) {
  return readMessageHeaders(Buffer.from(text, 'latin1'));
}

describe('readMessageHeaders', () => {
  it('digests the Message-ID without brackets or white space, the same as it always did', () => {
    // Digests are stored per data source (seen messages): a change here would count old mail again.
    expect(headersOf('Message-ID: <a@b>\n')?.messageId).toBe('dQjYtQGOpkC4UmmGGhASA_DCaQBVUmjpMAJdrIRLDzU');
    expect(headersOf('message-id:\t a@b \n')?.messageId).toBe('dQjYtQGOpkC4UmmGGhASA_DCaQBVUmjpMAJdrIRLDzU');
    expect(headersOf('Message-ID: <x\u00e9y@b>\n')?.messageId).toBe(
      'bzeLU-RkEoBoF7cPD9dlvjZSi0mAIxjOrDC4Ib0c6uU',
    );
    expect(headersOf('Message-ID: <>\n')?.messageId).toBeNull();
  });

  it('takes the topmost Received date, else Date, folded and CRLF alike', () => {
    const received =
      'Received: from a\r\n\tby b;\r\n\tMon, 5 Jan 2026 10:00:00 +0900\r\nDate: 1 Jan 2026 00:00 +0000\r\n';
    expect(headersOf(received)?.receivedAt).toBe(Date.parse('2026-01-05T01:00:00Z'));
    expect(headersOf('Received: junk\nDate: 1 Jan 2026 00:00 +0000\n')?.receivedAt).toBe(
      Date.parse('2026-01-01T00:00:00Z'),
    );
  });

  it('keeps every Authentication-Results field in order, and where the first Received-SPF lies', () => {
    const block =
      'Authentication-Results: a; none\nReceived-SPF: pass\nAuthentication-Results: b; none\nReceived-SPF: fail\n';
    expect(headersOf(block)).toMatchObject({
      authenticationResults: [' a; none', ' b; none'],
      receivedSpf: { value: ' pass', authResultsAbove: 1 },
    });
  });

  it('reads UTF-8 in the kept values (RFC 6532) and knows a block without fields', () => {
    const block = Buffer.from('From: 例 <a@例え.jp>\nAuthentication-Results: mx; dkim=pass header.d=例.jp\n');
    expect(readMessageHeaders(block)).toMatchObject({
      from: ' 例 <a@例え.jp>',
      authenticationResults: [' mx; dkim=pass header.d=例.jp'],
    });
    expect(headersOf('no field at all\n')).toBeNull();
  });
});
