import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempKnot, type TempKnot, zoneFile } from '../../testing/knot/temp-knot';
import { createDnsClient, type DnsClient } from './dns-client';

const long = (c: string) => c.repeat(250);
// Six records of two 250-byte strings: about 3 KB, far over the 1232-byte UDP payload.
const bigTxt = ['a', 'b', 'c', 'd', 'e', 'f'].map((c) => `big TXT "${long(c)}" "${long(c)}"`).join('\n');
const chain = Array.from({ length: 10 }, (_, i) => `c${i} CNAME c${i + 1}`).join('\n');

const zones = {
  'x.test': zoneFile(
    'x.test',
    `
ns A 127.0.0.1
ns AAAA 2001:DB8::1
@ MX 10 MX1.x.test.
@ TXT "v=spf1 ip4:192.0.2.0/24 " "include:_spf.other.test -all"
@ SPF "v=spf1 -all"
nullmx MX 0 .
s1._domainkey TXT "v=DKIM1; p=MIGf"
utf8 TXT "caf\\195\\169" "bad\\255"
${bigTxt}
alias CNAME alias2
alias2 CNAME ns
out CNAME www.other.test.
dangling CNAME missing.other.test.
loop1 CNAME loop2
loop2 CNAME loop1
cross CNAME back.other.test.
${chain}
c10 A 192.0.2.10
`,
  ),
  'other.test': zoneFile(
    'other.test',
    `
www TXT "v=spf1 -all"
back CNAME cross.x.test.
`,
  ),
};

let knot: TempKnot;
let client: DnsClient;

beforeAll(async () => {
  knot = await startTempKnot(zones);
  client = createDnsClient({ servers: [{ host: '127.0.0.1', port: knot.port }], timeoutMs: 1000 });
});
afterAll(async () => {
  client?.close();
  await knot?.stop();
});

describe('answers', () => {
  it('returns A, AAAA and MX records, names lower-cased', async () => {
    expect(await client.query('NS.X.TEST.', 'A')).toEqual({
      name: 'ns.x.test',
      type: 'A',
      outcome: 'answer',
      records: ['127.0.0.1'],
      ttl: 300,
      cnames: [],
    });
    expect((await client.query('ns.x.test', 'AAAA')).records).toEqual(['2001:db8::1']);
    expect((await client.query('x.test', 'MX')).records).toEqual([
      { preference: 10, exchange: 'mx1.x.test' },
    ]);
    expect((await client.query('nullmx.x.test', 'MX')).records).toEqual([{ preference: 0, exchange: '' }]);
  });

  it('keeps the character-strings of TXT and SPF (type 99) records apart', async () => {
    expect((await client.query('x.test', 'TXT')).records).toEqual([
      ['v=spf1 ip4:192.0.2.0/24 ', 'include:_spf.other.test -all'],
    ]);
    expect((await client.query('x.test', 'SPF')).records).toEqual([['v=spf1 -all']]);
  });

  it('decodes TXT bytes as UTF-8 without failing on invalid bytes', async () => {
    expect((await client.query('utf8.x.test', 'TXT')).records).toEqual([['café', 'bad\uFFFD']]);
  });

  it('retries a truncated UDP reply over TCP', async () => {
    const before = client.stats();
    const answer = await client.query('big.x.test', 'TXT');
    expect(answer.outcome).toBe('answer');
    expect(answer.records).toHaveLength(6);
    expect(answer.records.every((strings) => strings.length === 2 && strings[0]?.length === 250)).toBe(true);
    expect(client.stats().tcp - before.tcp).toBe(1);
    expect(client.stats().udp - before.udp).toBe(1);
  });
});

describe('negative answers', () => {
  it('tells NXDOMAIN from NODATA, with the negative TTL of the SOA', async () => {
    expect(await client.query('nope.x.test', 'TXT')).toMatchObject({ outcome: 'nxdomain', ttl: 60 });
    expect(await client.query('ns.x.test', 'TXT')).toMatchObject({ outcome: 'nodata', ttl: 60, records: [] });
  });

  it('answers NODATA for the empty non-terminal above a DKIM selector', async () => {
    expect((await client.query('_domainkey.x.test', 'TXT')).outcome).toBe('nodata');
    expect((await client.query('s1._domainkey.x.test', 'TXT')).outcome).toBe('answer');
  });

  it('reports REFUSED for a zone Knot does not serve, naming the server', async () => {
    const answer = await client.query('example.org', 'A');
    expect(answer).toMatchObject({ outcome: 'refused', ttl: null, records: [] });
    expect(answer.detail).toContain(`127.0.0.1:${knot.port}`);
  });
});

describe('CNAMEs', () => {
  it('follows an in-zone chain given in one reply', async () => {
    expect(await client.query('alias.x.test', 'A')).toMatchObject({
      outcome: 'answer',
      records: ['127.0.0.1'],
      cnames: ['alias2.x.test', 'ns.x.test'],
    });
  });

  it('asks for an out-of-zone target itself', async () => {
    expect(await client.query('out.x.test', 'TXT')).toMatchObject({
      outcome: 'answer',
      records: [['v=spf1 -all']],
      cnames: ['www.other.test'],
    });
    expect(await client.query('dangling.x.test', 'TXT')).toMatchObject({
      outcome: 'nxdomain',
      cnames: ['missing.other.test'],
    });
  });

  it('returns the CNAME itself when asked for type CNAME', async () => {
    expect((await client.query('out.x.test', 'CNAME')).records).toEqual(['www.other.test']);
  });

  it('turns loops and over-long chains into SERVFAIL with a detail', async () => {
    expect(await client.query('loop1.x.test', 'A')).toMatchObject({ outcome: 'servfail', ttl: null });
    const cross = await client.query('cross.x.test', 'A');
    expect(cross).toMatchObject({ outcome: 'servfail', cnames: ['back.other.test', 'cross.x.test'] });
    expect(cross.detail).toMatch(/CNAME loop/);
    expect(await client.query('c0.x.test', 'A')).toMatchObject({
      outcome: 'servfail',
      detail: 'CNAME chain longer than 8',
    });
    expect((await client.query('c3.x.test', 'A')).records).toEqual(['192.0.2.10']);
  });
});
