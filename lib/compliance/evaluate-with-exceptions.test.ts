import { describe, expect, it } from 'vitest';
import { auditDomain } from '@/audit/audit-domain';
import { createMemoryResolver } from '@/audit/dns/memory-resolver';
import { healthyZone } from '@/testing/healthy-zone';
import { evaluateProfile, withExceptions } from './evaluate-profile';
import { CISA_BOD_18_01 } from './profiles/cisa-bod-18-01';

const CISA = CISA_BOD_18_01.definition;
const healthy = () =>
  auditDomain('example.test', { resolver: createMemoryResolver(healthyZone()), rfc8020: true });

describe('evaluateProfile with exceptions passed in as data', () => {
  it('exempts the one failing must: the profile counts as exempted, not compliant', async () => {
    const report = await healthy();
    const judged = evaluateProfile(CISA, report);
    expect(judged.status).toBe('not_compliant');
    expect(evaluateProfile(CISA, report, new Set(['dmarc-rua-dhs']))).toEqual({
      status: 'exempted',
      requirements: {
        'spf-valid': 'compliant',
        'dmarc-reject': 'compliant',
        'dmarc-rua-dhs': 'exempted',
        'non-sending.spf-reject-all': 'not_applicable',
      },
    });
  });

  it('leaves a met requirement compliant: the exception explains failures, it does not hide compliance', async () => {
    const report = await healthy();
    const evaluation = evaluateProfile(CISA, report, new Set(['spf-valid', 'dmarc-rua-dhs']));
    expect(evaluation.requirements['spf-valid']).toBe('compliant');
    expect(evaluation.status).toBe('exempted');
  });

  it('leaves a requirement that does not apply as not applicable, and a should out of the whole', async () => {
    const report = await healthy();
    const evaluation = evaluateProfile(CISA, report, new Set(['non-sending.spf-reject-all']));
    expect(evaluation.requirements['non-sending.spf-reject-all']).toBe('not_applicable');
    expect(evaluation.status).toBe('not_compliant');
  });

  it('still fails the profile on a must the exception does not cover, and ignores unknown ids', async () => {
    const judged = {
      'spf-valid': 'not_compliant',
      'dmarc-reject': 'compliant',
      'dmarc-rua-dhs': 'not_compliant',
    } as const;
    const evaluation = withExceptions(CISA, judged, new Set(['dmarc-rua-dhs', 'no-such-requirement']));
    expect(evaluation.status).toBe('not_compliant');
    expect(evaluation.requirements).toEqual({
      'spf-valid': 'not_compliant',
      'dmarc-reject': 'compliant',
      'dmarc-rua-dhs': 'exempted',
      'non-sending.spf-reject-all': 'unknown',
    });
  });

  it('keeps an unknown must unknown beside an exempted one, and exempts what was never judged', () => {
    const unknown = withExceptions(CISA, { 'spf-valid': 'unknown' }, new Set(['dmarc-reject']));
    expect(unknown.status).toBe('unknown');
    const all = withExceptions(CISA, {}, new Set(['spf-valid', 'dmarc-reject', 'dmarc-rua-dhs']));
    expect(all.status).toBe('exempted');
  });

  it('returns to the judged status when the exception is no longer passed in (expiry)', async () => {
    const report = await healthy();
    const exempted = evaluateProfile(CISA, report, new Set(['dmarc-rua-dhs']));
    const after = withExceptions(CISA, evaluateProfile(CISA, report).requirements, new Set());
    expect(exempted.status).toBe('exempted');
    expect(after.status).toBe('not_compliant');
    expect(after.requirements['dmarc-rua-dhs']).toBe('not_compliant');
  });
});
