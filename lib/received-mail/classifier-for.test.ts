import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { messageText } from '@/testing/received-mail/mail-text';
import { classifierFor } from './classifier-for';

const DATE = 'Mon, 5 Jan 2026 10:00:00 +0900';

function message(authResults: string, receivedSpf?: string): Buffer {
  const extra = receivedSpf === undefined ? [] : [`Received-SPF: ${receivedSpf}`];
  return Buffer.from(messageText({ authResults: [authResults], received: [DATE], extra }));
}

describe('classifierFor', () => {
  it('trusts the source’s authserv-ids in any case, and nobody else’s', () => {
    const classify = classifierFor({ trustedAuthservIds: ['MX.Example.JP'], useReceivedSpf: false });
    expect(classify(message('mx.example.jp; spf=pass smtp.mailfrom=a@b.example.jp'))).toMatchObject({
      kind: 'counted',
      verdicts: { spf: 'pass', senderDomain: 'example.jp' },
    });
    expect(classify(message('mx.forged.jp; spf=pass smtp.mailfrom=a@b.example.jp')).kind).toBe('untrusted');
  });

  it('reads Received-SPF only for a source that opts in (RFC 7208 §9.1)', () => {
    const block = message(
      'mx.example.jp; dkim=pass header.d=example.jp',
      'fail (mx.example.jp) receiver=mx.example.jp',
    );
    const source = { trustedAuthservIds: ['mx.example.jp'] };
    expect(classifierFor({ ...source, useReceivedSpf: true })(block)).toMatchObject({
      verdicts: { spf: 'fail' },
    });
    expect(classifierFor({ ...source, useReceivedSpf: false })(block)).toMatchObject({
      verdicts: { spf: 'none' },
    });
  });

  it('counts an empty block (an IMAP message without a header part) as malformed, as no block at all', () => {
    const classify = classifierFor({ trustedAuthservIds: ['mx.example.jp'], useReceivedSpf: false });
    expect(classify(Buffer.alloc(0))).toEqual({ kind: 'malformed', messageId: null });
    expect(classify(null)).toEqual({ kind: 'malformed', messageId: null });
  });
});
