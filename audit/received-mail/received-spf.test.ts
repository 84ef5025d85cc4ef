import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { messageText } from '@/testing/received-mail/mail-text';
import { classifyMessage } from './classify-message';
import { parseReceivedSpf } from './parse-received-spf';

const TRUSTED = new Set(['mx.kensa.test']);
const RECEIVED = 'Mon, 5 Jan 2026 10:00:00 +0900';

/** The SPF verdict a source gives a message whose fields, topmost first, are `fields`. */
function spfOf(fields: string[], receivedSpf = true): string | null {
  const text = messageText({ received: [RECEIVED], messageId: 'm@x', extra: fields });
  const outcome = classifyMessage(Buffer.from(text), TRUSTED, { receivedSpf });
  return outcome.kind === 'counted' ? outcome.verdicts.spf : null;
}

const dkimOnly = 'Authentication-Results: mx.kensa.test; dkim=pass header.d=example.jp';
const spfField = (result: string, receiver = 'mx.kensa.test') =>
  `Received-SPF: ${result} (mx.kensa.test: domain of b@example.jp designates 192.0.2.1 as permitted sender)\n\tclient-ip=192.0.2.1; envelope-from="b@example.jp"; helo=mail.example.jp;\n\treceiver=${receiver}; identity=mailfrom;`;

describe('parseReceivedSpf (RFC 7208 §9.1)', () => {
  it('reads the result, the receiver and the identity, any case, comments dropped', () => {
    expect(
      parseReceivedSpf(
        ' Pass (mx: a (nested) comment; receiver=evil) client-ip=192.0.2.1;\r\n RECEIVER=MX.Kensa.Test; identity=mailfrom',
      ),
    ).toEqual({
      result: 'pass',
      receiver: 'mx.kensa.test',
      identity: 'mailfrom',
    });
    expect(parseReceivedSpf('SoftFail')).toEqual({ result: 'softfail', receiver: null, identity: null });
    expect(parseReceivedSpf('fail problem="a; b" ; receiver="mx.kensa.test"')?.receiver).toBe(
      'mx.kensa.test',
    );
  });

  it('reads nothing from a field whose first word is no SPF result', () => {
    expect(parseReceivedSpf('hardfail client-ip=192.0.2.1')).toBeNull();
    expect(parseReceivedSpf('')).toBeNull();
    expect(parseReceivedSpf(`pass ${'x'.repeat(9000)}`)).toBeNull();
  });
});

describe('Received-SPF in classifyMessage', () => {
  it('is read only when the source opted in', () => {
    expect(spfOf([spfField('softfail'), dkimOnly], false)).toBe('none');
    expect(spfOf([spfField('softfail'), dkimOnly])).toBe('softfail');
  });

  it('never overrides the trusted field’s own spf result', () => {
    const withSpf = 'Authentication-Results: mx.kensa.test; spf=pass smtp.mailfrom=b@example.jp';
    expect(spfOf([spfField('fail'), withSpf])).toBe('pass');
  });

  it('counts a field above the trusted one, whatever its receiver says', () => {
    expect(spfOf([spfField('neutral', 'other.example'), dkimOnly])).toBe('neutral');
  });

  it('counts a field below the trusted one only when its receiver= is a trusted id', () => {
    expect(spfOf([dkimOnly, spfField('fail')])).toBe('fail');
    // Written by whoever sent it (below the receiver's field, naming another host): not counted.
    expect(spfOf([dkimOnly, spfField('pass', 'mx.sender.example')])).toBe('none');
  });

  it('reads only the topmost field: a lower one, even naming the receiver, is never tried', () => {
    expect(spfOf([dkimOnly, spfField('pass', 'relay.example'), spfField('fail')])).toBe('none');
  });

  it('leaves a message without a trusted Authentication-Results field untrusted', () => {
    const text = messageText({ received: [RECEIVED], messageId: 'm@x', extra: [spfField('pass')] });
    expect(classifyMessage(Buffer.from(text), TRUSTED, { receivedSpf: true }).kind).toBe('untrusted');
  });
});
