import { describe, expect, it } from 'vitest';
import { auditDomain } from '@/audit/audit-domain';
import { createMemoryResolver, type MemoryZone } from '@/audit/dns/memory-resolver';
import { healthyZone, KEY_A, KEY_B } from '@/testing/healthy-zone';
import { type DomainChange, diffReports } from './diff-reports';

const audit = (zone: MemoryZone) => auditDomain('example.test', { resolver: createMemoryResolver(zone) });
const diff = async (before: MemoryZone, after: MemoryZone) =>
  diffReports(await audit(before), await audit(after));
const brief = (changes: DomainChange[]) => changes.map((c) => `${c.kind} ${c.subject}`).sort();

describe('diffReports', () => {
  it('finds nothing between two identical reports', async () => {
    expect(await diff(healthyZone(), healthyZone())).toEqual([]);
  });

  it('reports a DMARC downgrade as record change, finding appeared, policy weakened and enforcing lost', async () => {
    const changes = await diff(
      healthyZone(),
      healthyZone({ '_dmarc.example.test': { TXT: [['v=DMARC1; p=none; rua=mailto:d@example.test']] } }),
    );
    expect(brief(changes)).toEqual([
      'finding_appeared dmarc.policy-none',
      'policy_weakened dmarc',
      'policy_weakened dmarc-enforcing',
      'record_changed dmarc',
    ]);
    expect(changes.find((c) => c.kind === 'policy_weakened' && c.subject === 'dmarc')?.detail).toEqual({
      old: 'reject',
      new: 'none',
    });
    expect(changes.find((c) => c.kind === 'record_changed')?.detail).toMatchObject({
      old: 'v=DMARC1; p=reject; rua=mailto:d@example.test',
      new: 'v=DMARC1; p=none; rua=mailto:d@example.test',
    });
    const appeared = changes.find((c) => c.kind === 'finding_appeared');
    expect(appeared?.detail).toMatchObject({
      severity: 'warning',
      instances: [{ evidence: expect.any(Object) }],
    });
  });

  it('reports a DMARC record removed as weakened to missing, and its return as strengthened', async () => {
    const without = healthyZone({ '_dmarc.example.test': {} });
    expect(brief(await diff(healthyZone(), without))).toContain('policy_weakened dmarc');
    const back = await diff(without, healthyZone());
    expect(back.find((c) => c.subject === 'dmarc' && c.kind === 'policy_strengthened')?.detail).toEqual({
      old: 'missing',
      new: 'reject',
    });
    expect(brief(back)).toContain('finding_resolved dmarc.missing');
  });

  it('ranks SPF endings -all > ~all > ?all = none > +all, following redirect=', async () => {
    const spf = (record: string) =>
      healthyZone({
        'example.test': { TXT: [[record]], MX: [{ preference: 10, exchange: 'mx.example.test' }] },
      });
    const softened = await diff(spf('v=spf1 -all'), spf('v=spf1 ~all'));
    expect(softened).toContainEqual({
      kind: 'policy_weakened',
      subject: 'spf',
      detail: { old: '-all', new: '~all' },
    });
    expect(softened).toContainEqual(expect.objectContaining({ kind: 'record_changed', subject: 'spf' }));
    expect(brief(await diff(spf('v=spf1 ?all'), spf('v=spf1 mx')))).toEqual(['record_changed spf']);
    const viaRedirect = {
      ...spf('v=spf1 redirect=_spf.example.test'),
      '_spf.example.test': { TXT: [['v=spf1 -all']] },
    };
    expect(await diff(spf('v=spf1 ~all'), viaRedirect)).toContainEqual({
      kind: 'policy_strengthened',
      subject: 'spf',
      detail: { old: '~all', new: '-all' },
    });
    expect(brief(await diff(spf('v=spf1 ?all'), spf('v=spf1 +all')))).toContain('policy_weakened spf');
  });

  it('tells DKIM keys added, removed and rotated apart by selector and fingerprint', async () => {
    const keys = (s1: string | null, s2: string | null): MemoryZone =>
      healthyZone({
        's1._domainkey.example.test': s1 ? { TXT: [[`v=DKIM1; k=ed25519; p=${s1}`]] } : {},
        ...(s2 ? { 's2._domainkey.example.test': { TXT: [[`v=DKIM1; k=ed25519; p=${s2}`]] } } : {}),
      });
    expect(brief(await diff(keys(KEY_A, null), keys(KEY_A, KEY_B)))).toEqual(['dkim_key_added s2']);
    expect(brief(await diff(keys(KEY_A, KEY_B), keys(KEY_A, null)))).toEqual(['dkim_key_removed s2']);
    const rotated = await diff(keys(KEY_A, null), keys(KEY_B, null));
    expect(brief(rotated)).toEqual(['dkim_key_rotated s1']);
    expect(rotated[0]?.detail).toMatchObject({
      old: [{ type: 'ed25519', fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) }],
      new: [{ type: 'ed25519' }],
    });
  });

  it('reports MX, ADSP and Sender ID records changed with old and new values', async () => {
    const after = healthyZone({
      'example.test': {
        TXT: [['v=spf1 ip4:192.0.2.0/24 -all'], ['spf2.0/mfrom,pra -all']],
        MX: [{ preference: 0, exchange: '' }],
      },
      '_adsp._domainkey.example.test': { TXT: [['dkim=unknown']] },
    });
    const changes = await diff(healthyZone(), after);
    expect(changes).toContainEqual({
      kind: 'record_changed',
      subject: 'mx',
      detail: { old: ['10 mx.example.test'], new: ['0 .'] },
    });
    expect(changes).toContainEqual({
      kind: 'record_changed',
      subject: 'adsp',
      detail: { old: null, new: 'dkim=unknown' },
    });
    expect(changes).toContainEqual({
      kind: 'record_changed',
      subject: 'senderid',
      detail: { old: [], new: ['spf2.0/mfrom,pra -all'] },
    });
    expect(brief(changes)).toEqual(
      expect.arrayContaining(['finding_appeared adsp.present', 'finding_appeared senderid.record']),
    );
  });

  it('gives each (kind, subject) at most once, as domain_events requires', async () => {
    const changes = await diff(
      healthyZone({ 'example.test': { TXT: [['v=spf1 include:a.test include:b.test -all']] } }),
      healthyZone(),
    );
    const keys = changes.map((c) => `${c.kind} ${c.subject}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('finding_resolved spf.include-missing');
  });
});
