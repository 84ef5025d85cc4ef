import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditDomain } from '@/audit/audit-domain';
import { createMemoryResolver, type MemoryZone } from '@/audit/dns/memory-resolver';
import { healthyZone } from '@/testing/healthy-zone';
import { BUILTIN_PROFILES } from './builtin-profiles';
import { evaluateProfile } from './evaluate-profile';
import { evaluateRequirement } from './evaluate-requirement';
import { type ComplianceRequirement, profileDefinitionSchema, type RequirementCheck } from './profile-schema';
import { CISA_BOD_18_01 } from './profiles/cisa-bod-18-01';
import { JP_DMARC_GUIDELINE_2024 } from './profiles/jp-dmarc-guideline-2024';

const reportOf = (zone: MemoryZone, domain = 'example.test') =>
  auditDomain(domain, { resolver: createMemoryResolver(zone), rfc8020: true });

const requirement = (check: RequirementCheck, appliesTo: ComplianceRequirement['appliesTo'] = 'all') =>
  ({
    id: 'r',
    level: 'must',
    appliesTo,
    check,
    source: 'test',
    title: { en: 'r', ja: 'r' },
    explanation: { en: 'r', ja: 'r' },
  }) as const;

const REJECT = requirement({ kind: 'dmarc-policy', atLeast: 'reject', allMail: true, inherit: true });
const OWN_REJECT = requirement({ kind: 'dmarc-policy', atLeast: 'reject', allMail: true, inherit: false });

describe('the built-in profiles', () => {
  it('are valid definitions with distinct keys, each requirement citing its source', () => {
    for (const profile of BUILTIN_PROFILES) {
      expect(profileDefinitionSchema.safeParse(profile.definition).error).toBeUndefined();
      for (const r of profile.definition.requirements) expect(r.source.length).toBeGreaterThan(10);
    }
    expect(new Set(BUILTIN_PROFILES.map((p) => p.key)).size).toBe(BUILTIN_PROFILES.length);
  });
});

describe('evaluateProfile', () => {
  it('finds a well-run domain compliant with the JP guideline, and not with BOD 18-01 without the DHS rua', async () => {
    const report = await reportOf(healthyZone());
    const jp = evaluateProfile(JP_DMARC_GUIDELINE_2024.definition, report);
    expect(jp.status).toBe('compliant');
    expect(jp.requirements['non-sending.null-mx']).toBe('not_applicable');
    const cisa = evaluateProfile(CISA_BOD_18_01.definition, report);
    expect(cisa).toEqual({
      status: 'not_compliant',
      requirements: {
        'spf-valid': 'compliant',
        'dmarc-reject': 'compliant',
        'dmarc-rua-dhs': 'not_compliant',
        'non-sending.spf-reject-all': 'not_applicable',
      },
    });
  });

  it('accepts the DHS address in any case among other rua URIs', async () => {
    const dmarc = 'v=DMARC1; p=reject; rua=mailto:d@example.test,mailto:Reports@DMARC.cyber.dhs.gov!10m';
    const report = await reportOf(healthyZone({ '_dmarc.example.test': { TXT: [[dmarc]] } }));
    expect(evaluateProfile(CISA_BOD_18_01.definition, report).status).toBe('compliant');
  });

  it('says unknown, never not compliant, when the DMARC lookup timed out', async () => {
    const report = await reportOf(healthyZone({ '_dmarc.example.test': { TXT: 'timeout' } }));
    expect(report.status).toBe('partial');
    const jp = evaluateProfile(JP_DMARC_GUIDELINE_2024.definition, report);
    expect(jp.requirements).toMatchObject({
      'spf-valid': 'compliant',
      'dmarc-published': 'unknown',
      'dmarc-rua': 'unknown',
    });
    expect(jp.status).toBe('unknown');
  });

  it('still says not compliant when a must fails on facts that were read, whatever else is unknown', async () => {
    const zone = healthyZone({
      '_dmarc.example.test': { TXT: 'timeout' },
      'example.test': { TXT: [['v=spf1 +all']], MX: [{ preference: 10, exchange: 'mx.example.test' }] },
    });
    expect(evaluateProfile(JP_DMARC_GUIDELINE_2024.definition, await reportOf(zone)).status).toBe(
      'not_compliant',
    );
  });
});

describe('evaluateRequirement: inheritance', () => {
  const org = (dmarc: string) =>
    healthyZone({
      '_dmarc.example.test': { TXT: [[dmarc]] },
      'sub.example.test': { TXT: [['v=spf1 -all']], MX: [{ preference: 10, exchange: 'mx.example.test' }] },
    });

  it("lets a subdomain meet p=reject through its organisational domain's sp=reject", async () => {
    const report = await reportOf(org('v=DMARC1; p=none; sp=reject'), 'sub.example.test');
    expect(report.dmarc.source).toBe('organizational');
    expect(evaluateRequirement(REJECT, report)).toBe('compliant');
    expect(evaluateRequirement(OWN_REJECT, report)).toBe('not_compliant');
  });

  it("judges the inherited sp=, not the organisational domain's own p=", async () => {
    const report = await reportOf(org('v=DMARC1; p=reject; sp=none'), 'sub.example.test');
    expect(evaluateRequirement(REJECT, report)).toBe('not_compliant');
  });

  it('takes rua from the organisational record that applies', async () => {
    const report = await reportOf(
      org('v=DMARC1; p=reject; rua=mailto:reports@dmarc.cyber.dhs.gov'),
      'sub.example.test',
    );
    const rua = requirement({ kind: 'dmarc-rua', address: 'reports@dmarc.cyber.dhs.gov', inherit: true });
    expect(evaluateRequirement(rua, report)).toBe('compliant');
  });
});

describe('evaluateRequirement: inheritance by non-sending and non-existent subdomains', () => {
  it("lets a name that does not exist meet p=reject through the organisational domain's np=reject (RFC 9989)", async () => {
    const zone = healthyZone({ '_dmarc.example.test': { TXT: [['v=DMARC1; p=none; sp=none; np=reject']] } });
    const report = await reportOf(zone, 'gone.example.test');
    expect(report.dmarc.policy).toMatchObject({ applied: 'np', effective: 'reject' });
    expect(evaluateRequirement(REJECT, report)).toBe('compliant');
    expect(evaluateRequirement(OWN_REJECT, report)).toBe('not_compliant');
    const existing = await reportOf(
      { ...zone, 'www.example.test': { A: ['192.0.2.80'] } },
      'www.example.test',
    );
    expect(existing.dmarc.policy).toMatchObject({ applied: 'sp', effective: 'none' });
    expect(evaluateRequirement(REJECT, existing)).toBe('not_compliant');
  });

  it("holds a parked subdomain compliant with the JP guideline's non-sending items through sp=reject", async () => {
    const zone = healthyZone({
      '_dmarc.example.test': { TXT: [['v=DMARC1; p=none; sp=reject']] },
      'parked.example.test': { TXT: [['v=spf1 -all']], MX: [{ preference: 0, exchange: '' }] },
    });
    const report = await reportOf(zone, 'parked.example.test');
    expect(report.nonSending).toBe(true);
    const jp = evaluateProfile(JP_DMARC_GUIDELINE_2024.definition, report);
    expect(jp.requirements).toMatchObject({
      'dmarc-published': 'compliant',
      'non-sending.dmarc-reject': 'compliant',
      'non-sending.spf-reject-all': 'compliant',
    });
    expect(jp.status).toBe('compliant');
  });

  it('says unknown when whether the subdomain exists was not read and sp= and np= disagree', async () => {
    const zone = (dmarc: string) =>
      healthyZone({
        '_dmarc.example.test': { TXT: [[dmarc]] },
        'maybe.example.test': { A: 'timeout', AAAA: 'timeout', MX: 'timeout', TXT: 'timeout' },
      });
    const split = await reportOf(zone('v=DMARC1; p=reject; sp=reject; np=none'), 'maybe.example.test');
    expect(evaluateRequirement(REJECT, split)).toBe('unknown');
    const agree = await reportOf(zone('v=DMARC1; p=reject; sp=reject; np=reject'), 'maybe.example.test');
    expect(evaluateRequirement(REJECT, agree)).toBe('compliant');
  });
});

describe('evaluateRequirement: non-sending domains', () => {
  const parked = (dmarc: string) =>
    ({
      'example.test': { TXT: [['v=spf1 -all']], MX: [{ preference: 0, exchange: '' }] },
      '_dmarc.example.test': { TXT: [[dmarc]] },
    }) satisfies MemoryZone;

  it("holds a Null MX domain to v=spf1 -all and reject, and not to the senders' requirements", async () => {
    const report = await reportOf(parked('v=DMARC1; p=reject'));
    expect(report.nonSending).toBe(true);
    const jp = evaluateProfile(JP_DMARC_GUIDELINE_2024.definition, report);
    expect(jp.requirements).toMatchObject({
      'spf-published': 'not_applicable',
      'dkim-published': 'not_applicable',
      'non-sending.spf-reject-all': 'compliant',
      'non-sending.dmarc-reject': 'compliant',
      'non-sending.null-mx': 'compliant',
    });
    expect(jp.status).toBe('compliant');
    const quarantine = evaluateProfile(
      JP_DMARC_GUIDELINE_2024.definition,
      await reportOf(parked('v=DMARC1; p=quarantine')),
    );
    expect(quarantine.requirements['non-sending.dmarc-reject']).toBe('not_compliant');
  });

  it('leaves a scoped requirement unknown when the MX lookup failed, unless it is met anyway', async () => {
    const report = await reportOf(healthyZone({ 'example.test': { TXT: [['v=spf1 -all']], MX: 'timeout' } }));
    expect(evaluateRequirement(requirement({ kind: 'spf-published' }, 'sending'), report)).toBe('compliant');
    expect(evaluateRequirement(requirement({ kind: 'null-mx' }, 'non-sending'), report)).toBe('unknown');
  });
});

describe('evaluateRequirement: DKIM key length', () => {
  const rsa = (bits: number) =>
    generateKeyPairSync('rsa', { modulusLength: bits })
      .publicKey.export({ type: 'spki', format: 'der' })
      .toString('base64');

  it('fails on an RSA key under the minimum and passes on one at it', async () => {
    const min = requirement({ kind: 'dkim-min-bits', bits: 2048 });
    const short = await reportOf(
      healthyZone({ 's1._domainkey.example.test': { TXT: [[`v=DKIM1; k=rsa; p=${rsa(1024)}`]] } }),
    );
    expect(evaluateRequirement(min, short)).toBe('not_compliant');
    const long = await reportOf(
      healthyZone({ 's1._domainkey.example.test': { TXT: [[`v=DKIM1; k=rsa; p=${rsa(2048)}`]] } }),
    );
    expect(evaluateRequirement(min, long)).toBe('compliant');
  });
});
