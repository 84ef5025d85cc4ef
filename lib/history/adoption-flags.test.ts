import { describe, expect, it } from 'vitest';
import { auditDomain } from '@/audit/audit-domain';
import { createMemoryResolver, type MemoryZone } from '@/audit/dns/memory-resolver';
import { healthyZone, KEY_A } from '@/testing/healthy-zone';
import { adoptionFlags } from './adoption-flags';

const flagsOf = async (zone: MemoryZone, domain = 'example.test') =>
  adoptionFlags(await auditDomain(domain, { resolver: createMemoryResolver(zone), rfc8020: true }));

describe('adoptionFlags', () => {
  it('reads a complete, well-run domain as adopting everything it publishes', async () => {
    expect(await flagsOf(healthyZone())).toEqual({
      spfPublished: true,
      spfValid: true,
      dkimPublished: true,
      dmarcPublished: true,
      dmarcEnforcing: true,
      adspPublished: false,
      senderIdPublished: false,
      nullMx: false,
      // No _mta-sts, _smtp._tls or default._bimi record; the DNSSEC, DANE and STARTTLS checks
      // are not in this audit (their sections absent): unknown.
      mtaStsEnforcing: false,
      tlsRptPublished: false,
      bimiPublished: false,
      dnssecSigned: null,
      daneOnMx: null,
      starttlsOffered: null,
    });
  });

  it('reads the report body alone: the per-scan checkedAt and queries change nothing (flags are stored per body)', async () => {
    const report = await auditDomain('example.test', {
      resolver: createMemoryResolver(healthyZone()),
      rfc8020: true,
    });
    const rescan = { ...report, checkedAt: '2030-01-01T00:00:00.000Z', queries: report.queries + 17 };
    expect(adoptionFlags(rescan)).toEqual(adoptionFlags(report));
  });

  it('says false, not null, for what a complete audit proved absent', async () => {
    const flags = await flagsOf({ 'example.test': { A: ['192.0.2.1'] } });
    expect(flags).toMatchObject({
      spfPublished: false,
      spfValid: false,
      dkimPublished: false,
      dmarcPublished: false,
    });
    expect(Object.values(flags).slice(0, 8)).not.toContain(null);
  });

  it('counts a near-miss or misplaced record as not published: receivers discard or never read it', async () => {
    const zone = healthyZone({
      'example.test': {
        TXT: [['include:_spf.provider.test v=spf1 -all']],
        MX: [{ preference: 10, exchange: 'mx.example.test' }],
      },
      '_dmarc.example.test': { TXT: [['p=reject; v=DMARC1']] },
      '_domainkey.example.test': { TXT: [[`v=DKIM1; k=ed25519; p=${KEY_A}`]] },
      's1._domainkey.example.test': {},
    });
    expect(await flagsOf(zone)).toMatchObject({
      spfPublished: false,
      spfValid: false,
      dkimPublished: false,
      dmarcPublished: false,
      dmarcEnforcing: false,
    });
  });

  it('judges SPF valid by error-level findings: +all and several records are published but invalid', async () => {
    expect(await flagsOf(healthyZone({ 'example.test': { TXT: [['v=spf1 +all']] } }))).toMatchObject({
      spfPublished: true,
      spfValid: false,
    });
    const two = healthyZone({ 'example.test': { TXT: [['v=spf1 -all'], ['v=spf1 ~all']] } });
    expect(await flagsOf(two)).toMatchObject({ spfPublished: true, spfValid: false });
  });

  it('keeps SPF published when only an include timed out, but its validity unknown', async () => {
    const zone = healthyZone({
      'example.test': { TXT: [['v=spf1 include:_spf.provider.test -all']] },
      '_spf.provider.test': { TXT: 'timeout' },
    });
    expect(await flagsOf(zone)).toMatchObject({ spfPublished: true, spfValid: null });
  });

  it('makes every flag that depends on a timed-out name unknown, never false', async () => {
    const zone = healthyZone({
      'example.test': { fail: 'timeout' },
      '_dmarc.example.test': { fail: 'timeout' },
    });
    expect(await flagsOf(zone)).toMatchObject({
      spfPublished: null,
      spfValid: null,
      dmarcPublished: null,
      dmarcEnforcing: null,
      senderIdPublished: null,
      nullMx: null,
      dkimPublished: true,
    });
  });

  it('DKIM: a usable key found counts even when other selectors failed; none found then is unknown', async () => {
    const failing = { 'default._domainkey.example.test': { fail: 'timeout' as const } };
    expect((await flagsOf(healthyZone(failing))).dkimPublished).toBe(true);
    const noKey = healthyZone({ ...failing, 's1._domainkey.example.test': {} });
    expect((await flagsOf(noKey)).dkimPublished).toBeNull();
  });

  it('DKIM: a revoked key is not a published one', async () => {
    const zone = healthyZone({ 's1._domainkey.example.test': { TXT: [['v=DKIM1; k=ed25519; p=']] } });
    expect((await flagsOf(zone)).dkimPublished).toBe(false);
  });

  it('DMARC: inherited counts as published; enforcing needs quarantine/reject at pct=100 without t=y', async () => {
    const inherited = await flagsOf(
      {
        'sub.example.test': { A: ['192.0.2.1'], TXT: [['v=spf1 -all']] },
        '_dmarc.example.test': { TXT: [['v=DMARC1; p=reject; sp=quarantine']] },
      },
      'sub.example.test',
    );
    expect(inherited).toMatchObject({ dmarcPublished: true, dmarcEnforcing: true });
    const pct = healthyZone({ '_dmarc.example.test': { TXT: [['v=DMARC1; p=reject; pct=50']] } });
    expect(await flagsOf(pct)).toMatchObject({ dmarcPublished: true, dmarcEnforcing: false });
    const none = healthyZone({ '_dmarc.example.test': { TXT: [['v=DMARC1; p=none']] } });
    expect(await flagsOf(none)).toMatchObject({ dmarcPublished: true, dmarcEnforcing: false });
  });

  it('DMARC: inherited enforcement is unknown when existence lookups failed and sp= and np= disagree', async () => {
    const zone = (np: string): MemoryZone => ({
      'sub.example.test': { MX: 'timeout', TXT: [['v=spf1 -all']] },
      '_dmarc.example.test': { TXT: [[`v=DMARC1; p=reject; sp=none; np=${np}`]] },
    });
    expect((await flagsOf(zone('reject'), 'sub.example.test')).dmarcEnforcing).toBeNull();
    expect((await flagsOf(zone('none'), 'sub.example.test')).dmarcEnforcing).toBe(false);
  });

  it('reads ADSP, Sender ID and Null MX', async () => {
    const zone = healthyZone({
      'example.test': { TXT: [['v=spf1 -all'], ['spf2.0/pra -all']], MX: [{ preference: 0, exchange: '' }] },
      '_adsp._domainkey.example.test': { TXT: [['dkim=all']] },
      's1._domainkey.example.test': { TXT: [[`v=DKIM1; k=ed25519; p=${KEY_A}`]] },
    });
    expect(await flagsOf(zone)).toMatchObject({ adspPublished: true, senderIdPublished: true, nullMx: true });
  });
});
