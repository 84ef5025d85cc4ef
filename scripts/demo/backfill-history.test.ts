import { describe, expect, it } from 'vitest';
import { ADOPTION_METRICS, type AdoptionFlags } from '@/lib/history/adoption-flags';
import { adoptionWeeks, flagsInWeek } from './backfill-history';

const everything = Object.fromEntries(ADOPTION_METRICS.map((m) => [m, true])) as AdoptionFlags;
const nothing = Object.fromEntries(ADOPTION_METRICS.map((m) => [m, false])) as AdoptionFlags;

describe('demo history', () => {
  it('ends at what the domain has today and never adopts what it lacks', () => {
    for (const domain of ['a.test', 'b.test', '検査省.test']) {
      const weeks = adoptionWeeks(domain, { ...everything, adspPublished: false }, 52);
      expect(flagsInWeek(weeks, 51)).toEqual({ ...everything, adspPublished: false });
      expect(ADOPTION_METRICS.some((m) => flagsInWeek(adoptionWeeks(domain, nothing, 52), 0)[m])).toBe(false);
    }
  });

  it('never enforces DMARC before publishing it, nor has valid SPF before publishing SPF', () => {
    for (let i = 0; i < 200; i++) {
      const weeks = adoptionWeeks(`d${i}.test`, everything, 52);
      expect(weeks.dmarcEnforcing).toBeGreaterThanOrEqual(weeks.dmarcPublished);
      expect(weeks.spfValid).toBeGreaterThanOrEqual(weeks.spfPublished);
    }
  });

  it('is the same on every run and spreads adoption over the year', () => {
    const a = adoptionWeeks('same.test', everything, 52);
    expect(adoptionWeeks('same.test', everything, 52)).toEqual(a);
    const during = Array.from(
      { length: 100 },
      (_, i) => adoptionWeeks(`x${i}.test`, everything, 52).spfPublished,
    );
    expect(during.filter((w) => w > 0 && w < 52).length).toBeGreaterThan(30);
    expect(during.filter((w) => w <= 0).length).toBeGreaterThan(10);
  });
});
