import { type Answer, decode, encode } from 'dns-packet';
import { describe, expect, it } from 'vitest';
import { decodeReply } from './decode-reply';
import { encodeQuery } from './wire-message';

const header = (id: number, flags: number, counts: [number, number, number, number]) => {
  const bytes = Buffer.alloc(12);
  bytes.writeUInt16BE(id, 0);
  bytes.writeUInt16BE(flags, 2);
  for (const [i, count] of counts.entries()) bytes.writeUInt16BE(count, 4 + 2 * i);
  return bytes;
};
const RESPONSE = 0x8000;
/** "x.test" at offset 12, then TXT IN: the question every crafted message below starts with. */
const QUESTION = Buffer.from([1, 0x78, 4, 0x74, 0x65, 0x73, 0x74, 0, 0, 16, 0, 1]);
const rr = (owner: number[], type: number, rdata: number[]) =>
  Buffer.from([...owner, 0, type, 0, 1, 0, 0, 1, 44, rdata.length >> 8, rdata.length & 0xff, ...rdata]);

const errorOf = (message: Buffer) => {
  const decoded = decodeReply(message);
  return decoded.ok ? null : decoded.error;
};

describe('decodeReply', () => {
  it('reads what dns-packet read from the answer and authority sections, for every type the audit asks', () => {
    const answers: Answer[] = [
      { type: 'A', name: 'x.test', ttl: 60, data: '192.0.2.1' },
      { type: 'AAAA', name: 'x.test', ttl: 60, data: '2001:db8::1' },
      { type: 'AAAA', name: 'x.test', ttl: 60, data: '2001:db8:0:1:0:0:0:0' },
      { type: 'MX', name: 'x.test', ttl: 60, data: { preference: 10, exchange: 'mail.x.test' } },
      { type: 'TXT', name: 'x.test', ttl: 60, data: ['v=spf1 ', 'include:_spf.example -all', ''] },
      { type: 'CNAME', name: 'www.x.test', ttl: 30, data: 'x.test' },
      { type: 'NS', name: 'x.test', ttl: 60, data: 'ns1.x.test' },
      { type: 'PTR', name: '1.2.0.192.in-addr.arpa', ttl: 60, data: 'x.test' },
      { type: 'CAA', name: 'x.test', ttl: 60, data: { flags: 0, tag: 'issue', value: 'ca.example' } },
    ];
    const authorities: Answer[] = [
      {
        type: 'SOA',
        name: 'x.test',
        ttl: 3600,
        data: {
          mname: 'ns1.x.test',
          rname: 'host\\.master.x.test',
          serial: 2026120601,
          refresh: 1,
          retry: 2,
          expire: 3,
          minimum: 300,
        },
      },
    ];
    const message = encode({
      type: 'response',
      id: 99,
      flags: 0x0400,
      rcode: 'NXDOMAIN',
      questions: [{ name: 'x.test', type: 'TXT', class: 'IN' }],
      answers,
      authorities,
      additionals: [{ type: 'OPT', name: '.', udpPayloadSize: 1232, flags: 0, options: [] }],
    } as unknown as Parameters<typeof encode>[0]);
    type Decoded = { name: string; type: string; ttl: number; data: unknown };
    const theirs = decode(message) as unknown as {
      rcode: string;
      answers: Decoded[];
      authorities: Decoded[];
    };
    const decoded = decodeReply(message);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const { reply } = decoded;
    expect(reply).toMatchObject({ id: 99, rcode: theirs.rcode, truncated: false });
    expect(reply.question).toEqual({ name: 'x.test', type: 'TXT', class: 'IN' });
    const known = theirs.answers.filter((r) => r.type !== 'CAA');
    expect(reply.answers.slice(0, known.length)).toEqual(
      known.map((r) => ({ name: r.name, type: r.type, ttl: r.ttl, data: r.data })),
    );
    // A type the audit never reads keeps owner, type and TTL, and no data.
    expect(reply.answers.at(-1)).toEqual({ name: 'x.test', type: 'TYPE257', ttl: 60, data: undefined });
    const soa = theirs.authorities[0] as { data: Record<string, unknown> };
    expect(reply.authorities[0]?.data).toEqual({
      mname: soa.data.mname,
      rname: soa.data.rname,
      serial: soa.data.serial,
      minimum: soa.data.minimum,
    });
  });

  it('reads TLSA (RFC 6698 §2.1) and the AD flag', () => {
    const message = Buffer.concat([
      header(7, RESPONSE | 0x0020, [1, 1, 0, 0]),
      QUESTION,
      rr([1, 0x78, 4, 0x74, 0x65, 0x73, 0x74, 0], 52, [3, 1, 1, 0xab, 0x01, 0xff]),
    ]);
    const decoded = decodeReply(message);
    expect(decoded.ok && decoded.reply.authenticated).toBe(true);
    expect(decoded.ok && decoded.reply.answers[0]?.data).toEqual({
      usage: 3,
      selector: 1,
      matchingType: 1,
      data: 'ab01ff',
    });
    const plain = decodeReply(Buffer.concat([header(7, RESPONSE, [1, 0, 0, 0]), QUESTION]));
    expect(plain.ok && plain.reply.authenticated).toBe(false);
    const short = Buffer.concat([
      header(7, RESPONSE, [1, 1, 0, 0]),
      QUESTION,
      rr([1, 0x78, 4, 0x74, 0x65, 0x73, 0x74, 0], 52, [3, 1]),
    ]);
    expect(errorOf(short)).toMatch(/TLSA record shorter than 3 octets/);
  });

  it('follows compression pointers to earlier names', () => {
    // The answer's owner is a pointer to the question's name; the CNAME target "www" + pointer.
    const message = Buffer.concat([
      header(1, RESPONSE, [1, 1, 0, 0]),
      QUESTION,
      Buffer.from([0xc0, 12, 0, 5, 0, 1, 0, 0, 0, 60, 0, 6, 3, 0x77, 0x77, 0x77, 0xc0, 12]),
    ]);
    const decoded = decodeReply(message);
    expect(decoded.ok && decoded.reply.answers).toEqual([
      { name: 'x.test', type: 'CNAME', ttl: 60, data: 'www.x.test' },
    ]);
  });

  it('says why a hostile or broken message is not a reply', () => {
    const cases: Array<[string, Buffer, RegExp]> = [
      ['too short', Buffer.from([1, 2, 3]), /shorter than a DNS header/],
      ['a query', encodeQuery({ id: 1, name: 'x.test', type: 'A' }), /not a response/],
      [
        'a pointer to itself (a loop)',
        Buffer.concat([header(1, RESPONSE, [1, 0, 0, 0]), Buffer.from([0xc0, 12, 0, 16, 0, 1])]),
        /does not point backwards/,
      ],
      [
        'two pointers to each other',
        Buffer.concat([
          header(1, RESPONSE, [1, 1, 0, 0]),
          QUESTION,
          Buffer.from([1, 0x61, 0xc0, 26, 0, 16, 0, 1, 0, 0, 0, 60, 0, 0]),
        ]),
        /does not point backwards/,
      ],
      [
        'a name over 255 octets',
        Buffer.concat([
          header(1, RESPONSE, [1, 0, 0, 0]),
          Buffer.from(Array.from({ length: 5 }, () => [63, ...Array(63).fill(0x61)]).flat()),
          Buffer.from([0, 0, 16, 0, 1]),
        ]),
        /longer than 255 octets/,
      ],
      [
        'a count of answers the message does not hold',
        Buffer.concat([header(1, RESPONSE, [1, 3, 0, 0]), QUESTION]),
        /runs past the end/,
      ],
      [
        'RDATA longer than the message',
        Buffer.concat([
          header(1, RESPONSE, [1, 1, 0, 0]),
          QUESTION,
          rr([0xc0, 12], 16, [1, 0x61]).subarray(0, 13),
        ]),
        /past the end/,
      ],
      [
        'a TXT string longer than its RDATA',
        Buffer.concat([header(1, RESPONSE, [1, 1, 0, 0]), QUESTION, rr([0xc0, 12], 16, [9, 0x61, 0x62])]),
        /TXT string runs past its RDATA/,
      ],
      [
        'an A record of 5 octets',
        Buffer.concat([header(1, RESPONSE, [1, 1, 0, 0]), QUESTION, rr([0xc0, 12], 1, [1, 2, 3, 4, 5])]),
        /not 4 octets/,
      ],
      [
        'a CNAME whose name ends before its RDLENGTH',
        Buffer.concat([header(1, RESPONSE, [1, 1, 0, 0]), QUESTION, rr([0xc0, 12], 5, [0xc0, 12, 7])]),
        /does not fill its RDLENGTH/,
      ],
      [
        'a label with reserved length bits',
        Buffer.concat([header(1, RESPONSE, [1, 0, 0, 0]), Buffer.from([0x41, 0, 0, 16, 0, 1])]),
        /reserved length bits/,
      ],
    ];
    for (const [what, message, error] of cases) expect(errorOf(message) ?? 'decoded', what).toMatch(error);
  });

  it('reads truncation and unassigned RCODEs', () => {
    const decoded = decodeReply(Buffer.concat([header(7, RESPONSE | 0x0200 | 12, [1, 0, 0, 0]), QUESTION]));
    expect(decoded.ok && decoded.reply).toMatchObject({ id: 7, truncated: true, rcode: 'RCODE_12' });
  });
});
