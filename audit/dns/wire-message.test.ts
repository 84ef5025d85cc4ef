import {
  AUTHENTIC_DATA,
  CHECKING_DISABLED,
  decode,
  encode,
  RECURSION_DESIRED,
  type RecordType,
} from 'dns-packet';
import { describe, expect, it } from 'vitest';
import { decodeReply } from './decode-reply';
import { EDNS_UDP_PAYLOAD, encodeQuery, isReplyTo, newQuery } from './wire-message';

const replyTo = (id: number, name: string, type: 'TXT' | 'A') => {
  const decoded = decodeReply(
    encode({ type: 'response', id, flags: 0, questions: [{ name, type, class: 'IN' }] }),
  );
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.reply;
};

describe('encodeQuery', () => {
  it('sets RD, asks one IN question and advertises a 1232-byte EDNS0 payload', () => {
    const packet = decode(encodeQuery({ id: 7, name: 'x.test', type: 'SPF' }));
    expect(packet.flag_rd).toBe(true);
    expect(packet.questions).toEqual([{ name: 'x.test', type: 'SPF', class: 'IN' }]);
    expect(packet.additionals?.[0]).toMatchObject({ type: 'OPT', udpPayloadSize: EDNS_UDP_PAYLOAD });
  });

  it('writes the bytes dns-packet wrote, for every type, the root, IDNs and over-long labels', () => {
    const names = ['x.test', 'X.Test.', '', 'xn--r8jz45g.jp', '検査.jp', `${'a'.repeat(70)}.test`];
    const types = ['A', 'AAAA', 'MX', 'TXT', 'SPF', 'CNAME', 'PTR', 'NS', 'SOA', 'TLSA'] as const;
    for (const name of names) {
      for (const [type, checkingDisabled] of types.flatMap(
        (t) =>
          [
            [t, false],
            [t, true],
          ] as const,
      )) {
        const ours = encodeQuery({ id: 4711, name, type, checkingDisabled });
        const theirs = encode({
          type: 'query',
          id: 4711,
          // AD asks for the validation verdict (RFC 6840 §5.7); CD replaces it when set.
          flags: RECURSION_DESIRED | (checkingDisabled ? CHECKING_DISABLED : AUTHENTIC_DATA),
          questions: [{ name, type: type as RecordType, class: 'IN' }],
          additionals: [
            {
              type: 'OPT',
              name: '.',
              udpPayloadSize: EDNS_UDP_PAYLOAD,
              extendedRcode: 0,
              ednsVersion: 0,
              flags: 0,
              flag_do: false,
              options: [],
            },
          ],
        });
        expect(ours.toString('hex'), `${name} ${type} ${checkingDisabled}`).toBe(theirs.toString('hex'));
      }
    }
  });
});

describe('newQuery', () => {
  it('picks an id that is not taken', () => {
    const taken = new Set(Array.from({ length: 0xffff }, (_, i) => i));
    expect(newQuery('x.test', 'A', (id) => taken.has(id)).id).toBe(0xffff);
  });
});

describe('isReplyTo', () => {
  const query = { id: 4242, name: 'x.test', type: 'TXT' as const };

  it('accepts the reply with the same id and question, whatever the case of the name', () => {
    const reply = replyTo(4242, 'X.Test', 'TXT');
    expect(reply && isReplyTo(reply, query)).toBe(true);
  });

  it('rejects another id, name or type', () => {
    for (const reply of [
      replyTo(4243, 'x.test', 'TXT'),
      replyTo(4242, 'y.test', 'TXT'),
      replyTo(4242, 'x.test', 'A'),
    ]) {
      expect(reply && isReplyTo(reply, query)).toBe(false);
    }
  });
});
