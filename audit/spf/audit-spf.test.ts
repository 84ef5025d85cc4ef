import { describe, expect, it } from 'vitest';
import { createMemoryResolver, type MemoryZone } from '../dns/memory-resolver';
import { auditSpf } from './audit-spf';
import { flatten } from './spf-tree';

const txt = (...records: string[]) => ({ TXT: records.map((r) => [r]) });
const audit = (zone: MemoryZone, domain = 'example.com') => auditSpf(domain, createMemoryResolver(zone));
const ids = (findings: { id: string }[]) => findings.map((f) => f.id).sort();

describe('auditSpf: the record', () => {
  it('reports a missing record, and nothing else', async () => {
    const result = await audit({ 'example.com': { A: ['192.0.2.1'] } });
    expect(result).toMatchObject({
      status: 'complete',
      record: null,
      records: [],
      lookups: 0,
      tree: { error: 'missing' },
    });
    expect(ids(result.findings)).toEqual(['spf.missing']);
  });

  it('never reports missing what a temporary failure hid', async () => {
    const result = await audit({ 'example.com': { TXT: 'timeout' } });
    expect(result.status).toBe('partial');
    expect(result.temporaryFailures).toEqual([{ name: 'example.com', type: 'TXT', outcome: 'timeout' }]);
    expect(result.tree.error).toBe('temporary');
    expect(result.findings).toEqual([]);
  });

  it('reports several v=spf1 records, ignoring other TXT records but the one meant as SPF', async () => {
    const result = await audit({
      'example.com': txt('v=spf1 -all', 'V=SPF1 +all', 'google-site-verification=x', 'v=spf10'),
    });
    expect(result).toMatchObject({
      record: null,
      records: ['v=spf1 -all', 'V=SPF1 +all'],
      tree: { error: 'multiple' },
    });
    // "v=spf10" is discarded (RFC 7208 §4.5's own example), not counted; it is reported as what it is.
    expect(ids(result.findings)).toEqual(['spf.multiple-records', 'spf.near-miss']);
  });

  it('joins character-strings and lists type-99 records (RFC 7208 §3.3, §3.1)', async () => {
    const result = await audit({
      'example.com': { TXT: [['v=spf1 ip4:192.0.2.0/24', ' -all']], SPF: [['v=spf1 -all']] },
    });
    expect(result.record).toBe('v=spf1 ip4:192.0.2.0/24 -all');
    expect(result.rrType99).toEqual(['v=spf1 -all']);
    expect(ids(result.findings)).toEqual(['spf.rr-type-99']);
  });

  it('turns notes and syntax errors into findings with evidence', async () => {
    const result = await audit({
      'example.com': txt('v=spf1 ptr ip4:192.0.2.300 +all mx redirect=a.example redirect=b.example'),
    });
    expect(ids(result.findings)).toEqual([
      'spf.duplicate-modifier',
      'spf.plus-all',
      'spf.ptr-mechanism',
      'spf.redirect-with-all',
      'spf.syntax-error',
      'spf.terms-after-all',
    ]);
    const syntax = result.findings.find((f) => f.id === 'spf.syntax-error');
    expect(syntax?.evidence).toMatchObject({
      domain: 'example.com',
      record: 'v=spf1 ptr ip4:192.0.2.300 +all mx redirect=a.example redirect=b.example',
      errors: ["term 2 'ip4:192.0.2.300': invalid IPv4 address"],
      path: ['example.com'],
    });
    expect(result.findings.find((f) => f.id === 'spf.terms-after-all')?.evidence.term).toBe('mx');
  });

  it.each([
    ['v=spf1 mx ~all', 'spf.softfail-all'],
    ['v=spf1 mx ?all', 'spf.neutral-all'],
    ['v=spf1 mx', 'spf.neutral-all'],
  ])('reports how %s ends', async (record, id) => {
    const result = await audit({
      'example.com': { ...txt(record), MX: [{ preference: 0, exchange: 'mx.example.com' }] },
      'mx.example.com': { A: ['192.0.2.1'] },
    });
    expect(ids(result.findings)).toEqual([id]);
  });
});

describe('auditSpf: the include/redirect tree', () => {
  const provider = {
    '_spf.provider.test': txt('v=spf1 include:_a.provider.test include:_b.provider.test ~all'),
    '_a.provider.test': txt('v=spf1 ip4:198.51.100.0/24 ~all'),
    '_b.provider.test': txt('v=spf1 a:out.provider.test ~all'),
    'out.provider.test': { A: ['198.51.100.9'] },
  };

  it('counts every DNS-querying term before "all", with each include subtree, per node', async () => {
    const result = await audit({
      ...provider,
      'example.com': txt(
        'v=spf1 mx include:_spf.provider.test include:_spf.provider.test -all a:never.example.com',
      ),
      'mail.example.com': { A: ['192.0.2.25'] },
    });
    // mx + 2 × (include + 2 includes + a) = 1 + 2 × 4
    expect(result.lookups).toBe(9);
    expect(result.tree.lookups).toBe(3);
    expect(result.tree.children.map((c) => [c.domain, c.lookups])).toEqual([
      ['_spf.provider.test', 2],
      ['_spf.provider.test', 2],
    ]);
    expect(result.tree.children[0]?.children.map((c) => c.domain)).toEqual([
      '_a.provider.test',
      '_b.provider.test',
    ]);
    // mx of example.com has no MX record: one void lookup.
    expect(result).toMatchObject({ voidLookups: 1, status: 'complete' });
    // ~all in included records decides nothing.
    expect(ids(result.findings)).toEqual(['spf.terms-after-all']);
  });

  it('follows redirect= only when there is no "all", and judges the end of the redirect chain', async () => {
    const result = await audit({
      'example.com': txt('v=spf1 ip4:192.0.2.0/24 redirect=_spf.example.com'),
      '_spf.example.com': txt('v=spf1 include:_spf.provider.test ~all'),
      ...provider,
    });
    expect(result.tree.children.map((c) => [c.via, c.term, c.domain])).toEqual([
      ['redirect', 'redirect=_spf.example.com', '_spf.example.com'],
    ]);
    expect(result.lookups).toBe(5);
    expect(ids(result.findings)).toEqual(['spf.softfail-all']);
    expect(result.findings[0]?.evidence.path).toEqual(['example.com', '_spf.example.com']);
  });

  it('reports a problem of a record reached along several paths once', async () => {
    const result = await audit({
      'example.com': txt('v=spf1 include:a.example.net include:b.example.net -all'),
      'a.example.net': txt('v=spf1 include:shared.example.net ~all'),
      'b.example.net': txt('v=spf1 include:shared.example.net ~all'),
      'shared.example.net': txt('v=spf1 ptr ~all'),
    });
    expect(result.lookups).toBe(6);
    expect(result.findings.filter((f) => f.id === 'spf.ptr-mechanism').map((f) => f.evidence.path)).toEqual([
      ['example.com', 'a.example.net', 'shared.example.net'],
    ]);
  });

  it('reports more than 10 lookups with the count per domain', async () => {
    const result = await audit({
      ...provider,
      'example.com': txt(
        'v=spf1 include:_spf.provider.test include:_spf.provider.test include:_spf.provider.test -all',
      ),
    });
    expect(result.lookups).toBe(12);
    const finding = result.findings.find((f) => f.id === 'spf.too-many-lookups');
    expect(finding?.evidence).toMatchObject({ lookups: 12, limit: 10 });
    expect(finding?.evidence.perDomain).toContain('example.com: 3');
  });

  it('reports an include or redirect target without a record, but not one that timed out', async () => {
    const result = await audit({
      'example.com': txt(
        'v=spf1 include:gone.example.net include:slow.example.net include:plain.example.net -all',
      ),
      'slow.example.net': { fail: 'timeout' },
      'plain.example.net': txt('hello'),
    });
    expect(result.status).toBe('partial');
    const missing = result.findings
      .filter((f) => f.id === 'spf.include-missing')
      .map((f) => f.evidence.target);
    expect(missing).toEqual(['gone.example.net', 'plain.example.net']);
    expect(result.tree.children.map((c) => c.error)).toEqual(['missing', 'temporary', 'missing']);
    expect(result.temporaryFailures).toEqual([{ name: 'slow.example.net', type: 'TXT', outcome: 'timeout' }]);
    // The NXDOMAIN include target is a void lookup; the name with other TXT records is not.
    expect(result.voidLookups).toBe(1);
  });

  it('reports an include loop once and stops', async () => {
    const result = await audit({
      'example.com': txt('v=spf1 include:a.example.net -all'),
      'a.example.net': txt('v=spf1 include:b.example.net ~all'),
      'b.example.net': txt('v=spf1 redirect=a.example.net'),
    });
    const loops = result.findings.filter((f) => f.id === 'spf.include-loop');
    expect(loops.map((f) => f.evidence.path)).toEqual([
      ['example.com', 'a.example.net', 'b.example.net', 'a.example.net'],
    ]);
    expect(result.lookups).toBe(3);
    const self = await audit({ 'example.com': txt('v=spf1 include:example.com') });
    expect(ids(self.findings)).toEqual(['spf.include-loop', 'spf.neutral-all']);
  });

  it('counts void lookups of a, mx, exists targets and MX hosts', async () => {
    const result = await audit({
      'example.com': txt(
        'v=spf1 a:none.example.com mx:mx.example.com exists:nothing.example.com a:v6.example.com -all',
      ),
      'mx.example.com': { MX: [{ preference: 0, exchange: 'host.example.com' }] },
      'v6.example.com': { AAAA: ['2001:db8::1'] },
    });
    expect(result.voidLookups).toBe(3);
    const finding = result.findings.find((f) => f.id === 'spf.too-many-void-lookups');
    expect(finding?.evidence.terms).toEqual([
      'example.com: a:none.example.com',
      'example.com: mx:mx.example.com → host.example.com',
      'example.com: exists:nothing.example.com',
    ]);
  });

  it('reports an mx term with more than 10 MX hosts', async () => {
    const mx = Array.from({ length: 11 }, (_, i) => ({ preference: i, exchange: `mx${i}.example.com` }));
    const result = await audit({ 'example.com': { ...txt('v=spf1 mx -all'), MX: mx } });
    const finding = result.findings.find((f) => f.id === 'spf.mx-too-many');
    expect(finding?.evidence).toMatchObject({ term: 'mx', hosts: 11, limit: 10 });
  });

  it('counts terms whose macros need a message once, without resolving them; expands %{d} and %{o}', async () => {
    const result = await audit({
      'example.com': txt(
        'v=spf1 exists:%{i}._spf.%{d} include:%{ir}.%{v}._spf.%{d} redirect=%{o}._spf.provider.test',
      ),
      'example.com._spf.provider.test': txt('v=spf1 ptr -all'),
    });
    expect(result.lookups).toBe(4);
    expect(result.tree.unresolved).toEqual(['exists:%{i}._spf.%{d}', 'include:%{ir}.%{v}._spf.%{d}']);
    expect(result.tree.children[0]).toMatchObject({
      domain: 'example.com._spf.provider.test',
      unresolved: ['ptr'],
    });
    expect(ids(result.findings)).toEqual(['spf.ptr-mechanism']);
  });

  it('stops following includes after the audit walking limit', async () => {
    // Each record includes the next twice: a tree of 2^n records that evaluation would cut at 10.
    const zone: MemoryZone = {};
    for (let i = 0; i < 12; i++)
      zone[`l${i}.example.net`] = txt(
        `v=spf1 include:l${i + 1}.example.net include:l${i + 1}.example.net -all`,
      );
    zone['example.com'] = txt('v=spf1 include:l0.example.net -all');
    const result = await audit(zone);
    expect(result.lookups).toBeGreaterThan(100);
    expect(result.lookups).toBeLessThan(250);
    expect(flatten(result.tree).some((node) => node.error === 'not-followed')).toBe(true);
    // l12 is missing along hundreds of paths: reported once.
    expect(ids(result.findings)).toEqual([
      'spf.include-missing',
      'spf.too-many-lookups',
      'spf.too-many-void-lookups',
    ]);
  });
});
