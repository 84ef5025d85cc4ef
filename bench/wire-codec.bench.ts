/**
 * The wire codec's cost per query: encoding the query and decoding its reply, dns-packet (what the
 * client used before) against encodeQuery + decodeReply, on the reply kinds a scan gets most (scale
 * run at Knot: 63 % NXDOMAIN with the zone's SOA, then TXT and MX answers). A-B-A in one process;
 * prints µs per query and the ratio.
 *
 *   tsx bench/wire-codec.bench.ts [--rounds 200000]
 */
import { parseArgs } from 'node:util';
import { type Answer, decode, encode, type Packet, RECURSION_DESIRED } from 'dns-packet';
import { decodeReply } from '@/audit/dns/decode-reply';
import { EDNS_UDP_PAYLOAD, encodeQuery } from '@/audit/dns/wire-message';

const soa = {
  type: 'SOA',
  name: 'kensa-scale-00',
  ttl: 3600,
  data: { mname: 'ns.kensa-scale-00', rname: 'hostmaster.kensa-scale-00', serial: 1, minimum: 300 },
} as const;
const opt: Answer = {
  type: 'OPT',
  name: '.',
  udpPayloadSize: EDNS_UDP_PAYLOAD,
  extendedRcode: 0,
  ednsVersion: 0,
  flags: 0,
  flag_do: false,
  options: [],
};
const reply = (name: string, type: 'TXT' | 'MX', rest: Partial<Packet>): Buffer =>
  encode({
    type: 'response',
    id: 1,
    flags: 0x0400,
    questions: [{ name, type, class: 'IN' }],
    additionals: [opt],
    ...rest,
  } as Packet);

const samples: Array<{ name: string; type: 'TXT' | 'MX'; reply: Buffer }> = [
  ...Array.from({ length: 6 }, (_, i) => ({
    name: `s${i}._domainkey.d000123.kensa-scale-00`,
    type: 'TXT' as const,
    reply: reply(`s${i}._domainkey.d000123.kensa-scale-00`, 'TXT', {
      rcode: 'NXDOMAIN',
      authorities: [soa],
    } as Partial<Packet>),
  })),
  {
    name: 'd000123.kensa-scale-00',
    type: 'TXT',
    reply: reply('d000123.kensa-scale-00', 'TXT', {
      answers: [
        {
          type: 'TXT',
          name: 'd000123.kensa-scale-00',
          ttl: 300,
          data: ['v=spf1 include:_spf.mail.kensa-provider -all'],
        },
        { type: 'TXT', name: 'd000123.kensa-scale-00', ttl: 300, data: ['google-site-verification=abc'] },
      ],
    }),
  },
  {
    name: 'd000123.kensa-scale-00',
    type: 'MX',
    reply: reply('d000123.kensa-scale-00', 'MX', {
      answers: [
        {
          type: 'MX',
          name: 'd000123.kensa-scale-00',
          ttl: 300,
          data: { preference: 10, exchange: 'mx.mail.kensa-provider' },
        },
      ],
    }),
  },
];

type Codec = (name: string, type: 'TXT' | 'MX', reply: Buffer) => number;

const viaDnsPacket: Codec = (name, type, message) => {
  const query = encode({
    type: 'query',
    id: 1,
    flags: RECURSION_DESIRED,
    questions: [{ name, type, class: 'IN' }],
    additionals: [opt],
  });
  return query.length + (decode(message).answers?.length ?? 0);
};

const viaOwnCodec: Codec = (name, type, message) => {
  const query = encodeQuery({ id: 1, name, type });
  const decoded = decodeReply(message);
  return query.length + (decoded.ok ? decoded.reply.answers.length : 0);
};

function microsPerQuery(codec: Codec, rounds: number): number {
  let sink = 0;
  const started = process.cpuUsage();
  for (let round = 0; round < rounds; round++) {
    for (const { name, type, reply } of samples) sink += codec(name, type, reply);
  }
  const used = process.cpuUsage(started);
  if (sink === 0) throw new Error('nothing decoded');
  return (used.user + used.system) / (rounds * samples.length);
}

const { values } = parseArgs({ options: { rounds: { type: 'string' } } });
const rounds = Number(values.rounds ?? 200_000);
microsPerQuery(viaDnsPacket, rounds / 10); // warm both up before timing
microsPerQuery(viaOwnCodec, rounds / 10);
const a1 = microsPerQuery(viaDnsPacket, rounds);
const b = microsPerQuery(viaOwnCodec, rounds);
const a2 = microsPerQuery(viaDnsPacket, rounds);
const a = (a1 + a2) / 2;
console.log(
  `CPU µs per query (encode + decode), ${rounds * samples.length} queries each: ` +
    `dns-packet ${a1.toFixed(2)} / ${a2.toFixed(2)}, encodeQuery + decodeReply ${b.toFixed(2)}; ` +
    `ratio ${(b / a).toFixed(2)}`,
);
