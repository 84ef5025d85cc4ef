import { decode, encode } from 'dns-packet';
import { describe, expect, it } from 'vitest';
import { decodeReply, EDNS_UDP_PAYLOAD, encodeQuery, isReplyTo, newQuery } from './wire-message';

const replyTo = (id: number, name: string, type: 'TXT' | 'A') =>
  decodeReply(encode({ type: 'response', id, flags: 0, questions: [{ name, type, class: 'IN' }] }));

describe('encodeQuery', () => {
  it('sets RD, asks one IN question and advertises a 1232-byte EDNS0 payload', () => {
    const packet = decode(encodeQuery({ id: 7, name: 'x.test', type: 'SPF' }));
    expect(packet.flag_rd).toBe(true);
    expect(packet.questions).toEqual([{ name: 'x.test', type: 'SPF', class: 'IN' }]);
    expect(packet.additionals?.[0]).toMatchObject({ type: 'OPT', udpPayloadSize: EDNS_UDP_PAYLOAD });
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

describe('decodeReply', () => {
  it('returns null for garbage and for queries', () => {
    expect(decodeReply(Buffer.from([1, 2, 3]))).toBeNull();
    expect(decodeReply(encodeQuery({ id: 1, name: 'x.test', type: 'A' }))).toBeNull();
  });
});
