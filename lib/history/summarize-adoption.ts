import { z } from 'zod';
import type { PrismaClient } from '@/generated/prisma/client';
import { ADOPTION_METRICS, type AdoptionMetric } from './adoption-flags';
import { daySchema, MAX_RANGE_DAYS, scopeSchema, viewSchema } from './adoption-input';
import { addDays, type Day, daysBetween } from './day-of';
import { type MetricCount, readAdoptionDays } from './read-adoption-days';

export const adoptionSummaryInput = z
  .object({
    scope: scopeSchema,
    from: daySchema,
    to: daySchema,
    view: viewSchema.default('registered'),
    /** 'start': change since the first day with data in the range; 'previous': since the end of the
     *  period of the same length just before it. */
    compare: z.enum(['start', 'previous']).default('start'),
  })
  .refine((i) => i.from <= i.to, { message: 'from must not be after to', path: ['from'] })
  .refine((i) => daysBetween(i.from, i.to) <= MAX_RANGE_DAYS, { message: 'range too long', path: ['to'] });

export type AdoptionSummaryInput = z.input<typeof adoptionSummaryInput>;

export interface MetricSummary {
  /** At `day`; null when the range has no data. "612 / 655" is adopted / known. */
  current: MetricCount | null;
  baseline: MetricCount | null;
  /** current.percent - baseline.percent, in percentage points; null when either is unknown. */
  changePoints: number | null;
}

export interface AdoptionSummary {
  scope: string;
  /** Last day with data in the range. */
  day: Day | null;
  /** The day the change is measured from. */
  baselineDay: Day | null;
  metrics: Record<AdoptionMetric, MetricSummary>;
}

/**
 * Each metric's adoption at the end of the range and its change in points, for scorecards and
 * alert rules. Reads only adoption_rollups. In the cohort view the cohort is the domains present from the baseline
 * period's start to the range end, so both figures count the same domains.
 */
export async function summarizeAdoption(
  db: PrismaClient,
  input: AdoptionSummaryInput,
): Promise<AdoptionSummary> {
  const { scope, from, to, view, compare } = adoptionSummaryInput.parse(input);
  const spanFrom = compare === 'start' ? from : addDays(from, -daysBetween(from, to));
  const days = await readAdoptionDays(db, {
    scopes: [scope],
    from: spanFrom,
    to,
    granularity: 'day',
    ...(view === 'cohort' ? { cohort: { from: spanFrom, to } } : {}),
  });
  const inRange = days.filter((d) => d.day >= from);
  const end = inRange.at(-1) ?? null;
  const baseline =
    compare === 'start' ? (inRange[0] ?? null) : (days.filter((d) => d.day < from).at(-1) ?? null);
  const metrics = Object.fromEntries(
    ADOPTION_METRICS.map((metric) => {
      const current = end?.metrics[metric] ?? null;
      const before = baseline?.metrics[metric] ?? null;
      const changePoints =
        current?.percent != null && before?.percent != null ? current.percent - before.percent : null;
      return [metric, { current, baseline: before, changePoints }];
    }),
  ) as Record<AdoptionMetric, MetricSummary>;
  return { scope, day: end?.day ?? null, baselineDay: baseline?.day ?? null, metrics };
}
