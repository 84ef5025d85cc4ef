import { describe, expect, it } from 'vitest';
import { createMemoryResolver } from '../dns/memory-resolver';
import { createSpfLookups, isFailure, SPF_LIMITS } from './lookup-limits';

const resolver = createMemoryResolver({
  'a.example': { A: ['192.0.2.1'] },
  'slow.example': { fail: 'timeout' },
});

describe('createSpfLookups (RFC 7208 §4.6.4)', () => {
  it('allows 10 DNS-querying terms and refuses the 11th', () => {
    const dns = createSpfLookups(resolver, []);
    for (let i = 0; i < SPF_LIMITS.dnsTerms; i++) expect(dns.chargeTerm(`a:h${i}.example`)).toBeNull();
    expect(dns.chargeTerm('mx')).toEqual({
      result: 'permerror',
      reason: "'mx' is DNS-querying term 11; the limit is 10",
    });
    expect(dns.terms).toBe(11);
  });

  it('counts NXDOMAIN and NODATA answers and refuses the third', async () => {
    const trace: string[] = [];
    const dns = createSpfLookups(resolver, trace);
    expect(isFailure(await dns.query('gone.example', 'A'))).toBe(false);
    expect(isFailure(await dns.query('a.example', 'MX'))).toBe(false);
    expect(await dns.query('a.example', 'A')).toMatchObject({ outcome: 'answer' });
    expect(await dns.query('gone2.example', 'A')).toMatchObject({ result: 'permerror' });
    expect(dns.voids).toBe(3);
    expect(trace).toContain('  A a.example → answer (1)');
  });

  it('turns a temporary failure of a term lookup into temperror, but not of a quiet lookup', async () => {
    const dns = createSpfLookups(resolver, []);
    expect(await dns.query('slow.example', 'A')).toEqual({
      result: 'temperror',
      reason: 'A slow.example: timeout',
    });
    expect(await dns.queryQuietly('slow.example', 'PTR')).toMatchObject({ outcome: 'timeout' });
    expect(await dns.queryQuietly('gone.example', 'TXT')).toMatchObject({ outcome: 'nxdomain' });
    expect(dns.voids).toBe(0);
  });
});
