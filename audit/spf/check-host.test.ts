import { describe, expect, it } from 'vitest';
import { createMemoryResolver, type MemoryZone } from '../dns/memory-resolver';
import type { DnsAnswer, Resolver, RRType } from '../dns/types';
import { type CheckHostInput, checkHost } from './check-host';

const txt = (...records: string[]) => ({ TXT: records.map((r) => [r]) });
const input = (ip: string, sender = 'user@example.com'): CheckHostInput => ({
  ip,
  domain: sender.slice(sender.lastIndexOf('@') + 1),
  sender,
  helo: 'mail.example.org',
});
const check = (zone: MemoryZone, ip: string, sender?: string) =>
  checkHost(input(ip, sender), createMemoryResolver(zone));

/** Records every query, to assert what evaluation asks. */
function recording(zone: MemoryZone): { resolver: Resolver; asked: string[] } {
  const inner = createMemoryResolver(zone);
  const asked: string[] = [];
  return {
    asked,
    resolver: {
      query<T extends RRType>(name: string, type: T): Promise<DnsAnswer<T>> {
        asked.push(`${type} ${name}`);
        return inner.query(name, type);
      },
    },
  };
}

describe('checkHost', () => {
  it('reports the matched term, the lookups counted and a trace', async () => {
    const zone = {
      'example.com': txt('v=spf1 ip4:192.0.2.0/24 include:_spf.example.net -all'),
      '_spf.example.net': txt('v=spf1 a:out.example.net ~all'),
      'out.example.net': { A: ['198.51.100.7'] },
    };
    const pass = await check(zone, '198.51.100.7');
    expect(pass).toMatchObject({
      result: 'pass',
      matched: 'include:_spf.example.net',
      lookups: 2,
      voidLookups: 0,
    });
    expect(pass.trace).toContain('_spf.example.net: a:out.example.net → match');
    expect(await check(zone, '203.0.113.1')).toMatchObject({ result: 'fail', matched: '-all' });
    expect((await check(zone, '192.0.2.9')).lookups).toBe(0);
  });

  it('counts the 11th DNS-querying term as permerror, across includes (§4.6.4)', async () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => `a:h${i}.example.com`).join(' ');
    const hosts = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`h${i}.example.com`, { A: ['192.0.2.1'] }]),
    );
    const zone = {
      ...hosts,
      'example.com': txt(`v=spf1 ${many(5)} include:inc.example.com -all`),
      'inc.example.com': txt(`v=spf1 ${many(5)}`),
    };
    const over = await check(zone, '203.0.113.1');
    expect(over).toMatchObject({ result: 'permerror', lookups: 11 });
    expect(over.reason).toContain("'a:h4.example.com' is DNS-querying term 11");
  });

  it('counts void lookups and fails on the third (§4.6.4)', async () => {
    const zone = {
      'example.com': txt('v=spf1 a:gone1.example.com mx:gone2.example.com exists:gone3.example.com ?all'),
    };
    expect(await check(zone, '192.0.2.1')).toMatchObject({ result: 'permerror', voidLookups: 3 });
    const two = { 'example.com': txt('v=spf1 a:gone1.example.com mx:gone2.example.com ?all') };
    expect(await check(two, '192.0.2.1')).toMatchObject({ result: 'neutral', voidLookups: 2 });
  });

  it('does not count PTR checks or the exp= lookup as void lookups', async () => {
    const zone = {
      'example.com': txt('v=spf1 a:gone1.example.com a:gone2.example.com ptr -all exp=nowhere.example.com'),
    };
    expect(await check(zone, '192.0.2.1')).toMatchObject({
      result: 'fail',
      voidLookups: 2,
      explanation: undefined,
    });
  });

  it('is temperror when a term lookup fails temporarily, and permerror for more than 10 MX names', async () => {
    const mx = Array.from({ length: 11 }, (_, i) => ({ preference: i, exchange: `mx${i}.example.com` }));
    expect(await check({ 'example.com': txt('v=spf1 mx -all') }, '192.0.2.1')).toMatchObject({
      result: 'fail',
      voidLookups: 1,
    });
    expect(await check({ 'example.com': { ...txt('v=spf1 mx -all'), MX: mx } }, '192.0.2.1')).toMatchObject({
      result: 'permerror',
    });
    const slow = {
      'example.com': { ...txt('v=spf1 mx -all'), MX: [{ preference: 0, exchange: 'mx.example.com' }] },
      'mx.example.com': { fail: 'timeout' as const },
    };
    expect(await check(slow, '192.0.2.1')).toMatchObject({ result: 'temperror' });
  });

  it('skips a Null MX and looks up only the client family', async () => {
    const zone = {
      'example.com': { ...txt('v=spf1 mx -all'), MX: [{ preference: 0, exchange: '' }] },
    };
    const { resolver, asked } = recording(zone);
    expect((await checkHost(input('2001:db8::1'), resolver)).result).toBe('fail');
    expect(asked).toEqual(['TXT example.com', 'MX example.com']);
  });

  it('uses postmaster for a sender without local-part (§4.3) and the exp= of the deciding record (§6.2)', async () => {
    const zone = {
      'example.com': txt('v=spf1 redirect=_spf.example.com exp=ignored.example.com'),
      '_spf.example.com': txt('v=spf1 -all exp=why.%{d}'),
      'why._spf.example.com': txt('%{l} at %{c} may not send for %{o} (%{d})'),
    };
    const failed = await check(zone, '2001:DB8::1', '@example.com');
    expect(failed.explanation).toBe(
      'postmaster at 2001:db8::1 may not send for example.com (_spf.example.com)',
    );
  });

  it('returns none for a domain check_host() cannot evaluate (§4.3) and for a bad client address', async () => {
    expect((await check({}, '192.0.2.1', 'user@localhost')).result).toBe('none');
    expect((await check({}, '192.0.2.1', 'user@a..example.com')).result).toBe('none');
    expect((await check({}, 'not-an-ip')).result).toBe('none');
  });

  it('resolves %{p} only when used, to a validated name within the domain', async () => {
    const zone = {
      'example.com': txt('v=spf1 exists:%{p}.allow.example.com -all'),
      '1.2.0.192.in-addr.arpa': { PTR: ['host.other.net', 'mx.example.com.'] },
      'mx.example.com': { A: ['192.0.2.1'] },
      'host.other.net': { A: ['192.0.2.1'] },
      'mx.example.com.allow.example.com': { A: ['127.0.0.2'] },
    };
    expect((await check(zone, '192.0.2.1')).result).toBe('pass');
    expect((await check(zone, '192.0.2.2')).result).toBe('fail');
  });
});
