import { describe, expect, it } from 'vitest';
import { auditDomain } from '@/audit/audit-domain';
import { createMemoryResolver } from '@/audit/dns/memory-resolver';
import { evaluateProfile } from '@/lib/compliance/evaluate-profile';
import { JP_DMARC_GUIDELINE_2024 } from '@/lib/compliance/profiles/jp-dmarc-guideline-2024';
import { type AdoptionFlags, adoptionFlags } from '@/lib/history/adoption-flags';
import { healthyZone } from '@/testing/healthy-zone';
import { reportInWeek } from './report-in-week';

const FIVE = ['spfPublished', 'spfValid', 'dkimPublished', 'dmarcPublished', 'dmarcEnforcing'] as const;

describe('reportInWeek', () => {
  it('makes a healthy report say what each week of the demo history says, as adoption and compliance read it', async () => {
    const report = await auditDomain('example.test', { resolver: createMemoryResolver(healthyZone()) });
    const today = adoptionFlags(report);
    for (const f of FIVE) expect(today[f]).toBe(true);
    const weeks: Array<Partial<AdoptionFlags>> = [
      {
        spfPublished: false,
        spfValid: false,
        dkimPublished: false,
        dmarcPublished: false,
        dmarcEnforcing: false,
      },
      {
        spfPublished: true,
        spfValid: false,
        dkimPublished: true,
        dmarcPublished: true,
        dmarcEnforcing: false,
      },
      {
        spfPublished: true,
        spfValid: true,
        dkimPublished: false,
        dmarcPublished: true,
        dmarcEnforcing: true,
      },
    ];
    for (const week of weeks) {
      const flags = adoptionFlags(reportInWeek(report, { ...today, ...week }));
      expect(Object.fromEntries(FIVE.map((f) => [f, flags[f]]))).toEqual(week);
    }
    const before = reportInWeek(report, { ...today, ...weeks[0] });
    expect(evaluateProfile(JP_DMARC_GUIDELINE_2024.definition, before).status).toBe('not_compliant');
    expect(evaluateProfile(JP_DMARC_GUIDELINE_2024.definition, reportInWeek(report, today)).status).toBe(
      'compliant',
    );
    expect(reportInWeek(report, today)).toBe(report);
  });
});
