import { z } from 'zod';
import type { PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { daySchema, MAX_RANGE_DAYS, scopeSchema, viewSchema } from '@/lib/history/adoption-input';
import { daysBetween } from '@/lib/history/day-of';
import { type AdoptionDay, readAdoptionDays } from '@/lib/history/read-adoption-days';
import { NotVisibleError } from './not-visible';
import { canSeeScope } from './visible';

export type { AdoptionMetric } from '@/lib/history/adoption-flags';
export type { AdoptionDay, MetricCount } from '@/lib/history/read-adoption-days';

export const adoptionSeriesInput = z
  .object({
    scopes: z.array(scopeSchema).min(1).max(50),
    from: daySchema,
    to: daySchema,
    view: viewSchema.default('registered'),
    granularity: z.enum(['day', 'week', 'month']).default('day'),
  })
  .refine((i) => i.from <= i.to, { message: 'from must not be after to', path: ['from'] })
  .refine((i) => daysBetween(i.from, i.to) <= MAX_RANGE_DAYS, { message: 'range too long', path: ['to'] });

export type AdoptionSeriesInput = z.input<typeof adoptionSeriesInput>;

export interface AdoptionSeries {
  scope: string;
  /** One point per bucket that has data, oldest first; each is the bucket's last day with data. */
  points: AdoptionDay[];
}

/**
 * Adoption over time per scope, for charts: per metric the adopted count, the denominator (known
 * domains; unknown ones are left out, never counted as not adopting) and the percentage. Reads only
 * adoption_rollups. Throws a ZodError on invalid input (callers parse search params first).
 */
export async function getAdoptionSeries(
  viewer: Viewer,
  input: AdoptionSeriesInput,
  db: PrismaClient = prisma,
): Promise<AdoptionSeries[]> {
  readAs(viewer);
  const { scopes, from, to, view, granularity } = adoptionSeriesInput.parse(input);
  const hidden = scopes.find((scope) => !canSeeScope(viewer, scope));
  if (hidden !== undefined) throw new NotVisibleError(`Scope ${hidden}`);
  const unique = [...new Set(scopes)];
  const days = await readAdoptionDays(db, {
    scopes: unique,
    from,
    to,
    granularity,
    ...(view === 'cohort' ? { cohort: { from, to } } : {}),
  });
  return unique.map((scope) => ({ scope, points: days.filter((d) => d.scope === scope) }));
}
