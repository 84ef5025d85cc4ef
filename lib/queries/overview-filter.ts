import { z } from 'zod';
import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';
import { addDays, type Day, isDay } from '@/lib/history/day-of';

const scopeList = z
  .string()
  .transform((value) => value.split(',').filter((s) => s === 'all' || z.uuid().safeParse(s).success))
  .pipe(z.array(z.string()).min(1).max(8))
  .catch(['all']);

/** The overview's state, held in the URL; anything malformed falls back to the default. */
export const overviewFilter = z.object({
  scopes: scopeList.default(['all']),
  metric: z.enum(ADOPTION_METRICS).default('spfPublished').catch('spfPublished'),
  granularity: z.enum(['day', 'week', 'month']).default('month').catch('month'),
  view: z.enum(['registered', 'cohort']).default('registered').catch('registered'),
  to: z.string().refine(isDay).optional().catch(undefined),
  chart: z.enum(['line', 'bar']).default('line').catch('line'),
});

export type OverviewFilter = z.infer<typeof overviewFilter>;

export function parseOverviewFilter(params: Record<string, string | string[] | undefined>): OverviewFilter {
  const flat = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value.join(',') : value]),
  );
  return overviewFilter.parse(flat);
}

/** First day of the bucket holding `day`: the day, its ISO week's Monday, or the 1st of its month. */
export function bucketStart(day: Day, granularity: OverviewFilter['granularity']): Day {
  if (granularity === 'day') return day;
  if (granularity === 'month') return `${day.slice(0, 8)}01`;
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** Where the chart starts: twelve buckets back (thirty days for daily). */
export function chartStart(to: Day, granularity: OverviewFilter['granularity']): Day {
  if (granularity === 'day') return addDays(to, -29);
  if (granularity === 'week') return addDays(bucketStart(to, 'week'), -7 * 11);
  const date = new Date(`${to.slice(0, 8)}01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - 11);
  return date.toISOString().slice(0, 10);
}
