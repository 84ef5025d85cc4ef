import { describe, expect, it } from 'vitest';
import { createMemoryResolver, type MemoryZone } from '../dns/memory-resolver';
import type { Resolver } from '../dns/types';
import { EVIDENCE_TEXT_CHARS } from '../findings/clip-text';
import { auditSpf } from './audit-spf';

const INCLUDE = 'include:_spf.example.net';
const txt = (...records: string[]) => ({ TXT: records.map((r) => [r]) });
const audit = (zone: MemoryZone) => auditSpf('example.jp', createMemoryResolver(zone));
const ids = (findings: { id: string }[]) => findings.map((f) => f.id);

describe('spf.near-miss: a record receivers discard, with its fix', () => {
  it('accompanies spf.missing: receivers do find no record, and the near-miss says why', async () => {
    const result = await audit({ 'example.jp': txt(`${INCLUDE} v=spf1 -all`, 'MS=ms12345678') });
    expect(result).toMatchObject({ record: null, records: [], tree: { error: 'missing' } });
    expect(ids(result.findings)).toEqual(['spf.missing', 'spf.near-miss']);
    const nearMiss = result.findings[1];
    expect(nearMiss).toMatchObject({
      severity: 'info',
      evidence: {
        domain: 'example.jp',
        record: `${INCLUDE} v=spf1 -all`,
        problem: 'version-not-first',
        fix: `v=spf1 ${INCLUDE} -all`,
      },
    });
    expect(nearMiss?.message).toContain(`"v=spf1" is not at its start; publish "v=spf1 ${INCLUDE} -all"`);
  });

  it('is reported next to a valid record too (a stray copy), without spf.missing', async () => {
    const result = await audit({ 'example.jp': txt('v=spf1 -all', ' v=spf1 mx -all') });
    expect(result.record).toBe('v=spf1 -all');
    expect(ids(result.findings)).toEqual(['spf.near-miss']);
  });

  it('is not reported for a valid upper-case record or for unrelated TXT records', async () => {
    const upper = await audit({
      'example.jp': txt('V=SPF1 IP4:192.0.2.1 -ALL', 'google-site-verification=x'),
    });
    expect(ids(upper.findings)).toEqual([]);
    const none = await audit({ 'example.jp': txt('google-site-verification=x', 'spf2.0/pra -all') });
    expect(ids(none.findings)).toEqual(['spf.missing']);
  });

  it('bounds the evidence: a huge record is clipped, and a fix too long to show is left out', async () => {
    const terms = Array.from({ length: 200 }, (_, i) => `ip4:192.0.2.${i}`).join(' ');
    const result = await audit({ 'example.jp': txt(`v=spf1.0 ${terms} -all`) });
    const evidence = result.findings.find((f) => f.id === 'spf.near-miss')?.evidence;
    expect(String(evidence?.record).length).toBe(EVIDENCE_TEXT_CHARS);
    expect(String(evidence?.record).endsWith('…')).toBe(true);
    expect(evidence?.fix).toBeNull();
  });

  it('reports at most five discarded records', async () => {
    const records = Array.from({ length: 40 }, (_, i) => ` v=spf1 ip4:192.0.2.${i} -all`);
    const result = await audit({ 'example.jp': txt(...records) });
    expect(ids(result.findings).filter((id) => id === 'spf.near-miss')).toHaveLength(5);
  });
});

describe('spf.misplaced: a record where receivers do not look', () => {
  it('finds a record only at _spf.<domain>, and suggests including it', async () => {
    const result = await audit({
      'example.jp': { MX: [{ preference: 10, exchange: 'mx.example.jp' }] },
      '_spf.example.jp': txt('v=spf1 ip4:192.0.2.0/24 -all'),
    });
    expect(ids(result.findings)).toEqual(['spf.missing', 'spf.misplaced']);
    expect(result.findings[1]?.evidence).toEqual({
      domain: 'example.jp',
      name: '_spf.example.jp',
      mistake: 'spf-label',
      record: 'v=spf1 ip4:192.0.2.0/24 -all',
    });
  });

  it('finds a record at <domain>.<domain> (a zone-file name without its final dot)', async () => {
    const result = await audit({ 'example.jp.example.jp': txt('v=spf1 mx -all') });
    expect(result.findings[1]?.evidence).toMatchObject({
      name: 'example.jp.example.jp',
      mistake: 'doubled-origin',
    });
  });

  it('reports a type-99-only record as misplaced instead of spf.rr-type-99 (whose fix is to delete it)', async () => {
    const only = await audit({ 'example.jp': { SPF: [['v=spf1 mx -all']] } });
    expect(ids(only.findings)).toEqual(['spf.missing', 'spf.misplaced']);
    expect(only.findings[1]?.evidence).toMatchObject({ name: 'example.jp', mistake: 'rr-type-99' });
    const both = await audit({ 'example.jp': { ...txt('v=spf1 mx -all'), SPF: [['v=spf1 mx -all']] } });
    expect(ids(both.findings)).toEqual(['spf.rr-type-99']);
  });

  it('does not look when the domain has its own record (an _spf include target is normal)', async () => {
    const { resolver, queried } = recording({
      'example.jp': txt('v=spf1 include:_spf.example.jp -all'),
      '_spf.example.jp': txt('v=spf1 ip4:192.0.2.0/24 -all'),
    });
    const result = await auditSpf('example.jp', resolver);
    expect(ids(result.findings)).toEqual([]);
    expect(queried).not.toContain('example.jp.example.jp');
  });

  it('a probe that fails says nothing and leaves the audit complete', async () => {
    const result = await audit({ '_spf.example.jp': { TXT: 'timeout' }, 'example.jp': { A: ['192.0.2.1'] } });
    expect(result.status).toBe('complete');
    expect(ids(result.findings)).toEqual(['spf.missing']);
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
