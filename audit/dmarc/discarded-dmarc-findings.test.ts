import { describe, expect, it } from 'vitest';
import { createMemoryResolver, type MemoryZone } from '../dns/memory-resolver';
import type { Resolver } from '../dns/types';
import { auditDmarc } from './audit-dmarc';

const RUA = 'rua=mailto:dmarc@example.jp';
const txt = (...records: string[]) => ({ TXT: records.map((r) => [r]) });
const audit = (zone: MemoryZone, domain = 'example.jp') => auditDmarc(domain, createMemoryResolver(zone));
const ids = (findings: { id: string }[]) => findings.map((f) => f.id);

describe('dmarc.near-miss: a _dmarc record receivers discard, with its fix', () => {
  it('"p=reject; v=DMARC1; rua=…" is discarded: dmarc.missing stays, the near-miss shows the record and the fix', async () => {
    const result = await audit({ '_dmarc.example.jp': txt(`p=reject; v=DMARC1; ${RUA}`) });
    expect(result).toMatchObject({ record: null, records: [], policy: null, source: null, enforcing: false });
    expect(ids(result.findings)).toEqual(['dmarc.missing', 'dmarc.near-miss']);
    const nearMiss = result.findings[1];
    expect(nearMiss).toMatchObject({
      severity: 'info',
      evidence: {
        name: '_dmarc.example.jp',
        record: `p=reject; v=DMARC1; ${RUA}`,
        problem: 'version-not-first',
        fix: `v=DMARC1; p=reject; ${RUA}`,
      },
    });
    expect(nearMiss?.message).toContain(
      `"v=DMARC1" is not its first tag; publish "v=DMARC1; p=reject; ${RUA}"`,
    );
  });

  it.each([
    [' v=DMARC1; p=reject', 'leading-space'],
    ['v=dmarc1; p=reject', 'version-malformed'],
    ['v=DMARC1 p=reject', 'version-malformed'],
    ['p=reject', 'version-missing'],
  ])('%j: %s, and dmarc.missing (it used to be dmarc.syntax-error alone)', async (record, problem) => {
    const result = await audit({ '_dmarc.example.jp': txt(record) });
    expect(ids(result.findings)).toEqual(['dmarc.missing', 'dmarc.near-miss']);
    expect(result.findings[1]?.evidence.problem).toBe(problem);
  });

  it('is not reported for valid spellings, nor for an SPF record at _dmarc', async () => {
    const valid = await audit({ '_dmarc.example.jp': txt(`V = DMARC1 ; P=reject; ${RUA}`, 'v=spf1 -all') });
    expect(ids(valid.findings)).toEqual([]);
  });

  it('a stray discarded record beside the valid one is reported alone', async () => {
    const result = await audit({
      '_dmarc.example.jp': txt(`v=DMARC1; p=reject; ${RUA}`, 'p=none; v=DMARC1'),
    });
    expect(result.record).toBe(`v=DMARC1; p=reject; ${RUA}`);
    expect(ids(result.findings)).toEqual(['dmarc.near-miss']);
  });
});

describe('dmarc.misplaced: a v=DMARC1 record at a name receivers never read', () => {
  it.each([
    ['example.jp', 'apex'],
    ['dmarc.example.jp', 'no-underscore'],
    ['_dmarc.example.jp.example.jp', 'doubled-origin'],
  ])('at %s (%s), beside dmarc.missing', async (name, mistake) => {
    const result = await audit({ [name]: txt(`v=DMARC1; p=reject; ${RUA}`, 'v=spf1 -all') });
    expect(ids(result.findings)).toEqual(['dmarc.missing', 'dmarc.misplaced']);
    expect(result.findings[1]?.evidence).toEqual({
      name,
      mistake,
      record: `v=DMARC1; p=reject; ${RUA}`,
      expected: '_dmarc.example.jp',
    });
  });

  it('is not looked for when a policy applies, own or inherited', async () => {
    const { resolver, queried } = recording({
      '_dmarc.example.jp': txt(`v=DMARC1; p=reject; ${RUA}`),
      'www.example.jp': { A: ['192.0.2.1'] },
    });
    await auditDmarc('example.jp', resolver);
    await auditDmarc('www.example.jp', resolver);
    expect(
      queried.filter((name) => name.startsWith('dmarc.') || name.endsWith('.example.jp.example.jp')),
    ).toEqual([]);
  });

  it('a probe that fails says nothing and leaves the audit complete', async () => {
    const result = await audit({ 'dmarc.example.jp': { TXT: 'servfail' } });
    expect(result.status).toBe('complete');
    expect(ids(result.findings)).toEqual(['dmarc.missing']);
  });
});

/** A resolver over a memory zone that lists the names asked. */
function recording(zone: MemoryZone): { resolver: Resolver; queried: string[] } {
  const inner = createMemoryResolver(zone);
  const queried: string[] = [];
  const resolver: Resolver = {
    query(name, type) {
      queried.push(name);
      return inner.query(name, type);
    },
  };
  return { resolver, queried };
}
