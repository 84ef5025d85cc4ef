import { z } from 'zod';
import { daySchema, MAX_RANGE_DAYS, scopeSchema, viewSchema } from '@/lib/history/adoption-input';
import { daysBetween } from '@/lib/history/day-of';

/** The longest period a daily trend may cover. */
export const MAX_DAILY_DAYS = 400;

/**
 * What a report is about: the scopes ('all' and/or group ids), the period (days in the users' time
 * zone), which domains count (every registered one on each day, or the fixed cohort), the trend's
 * bucket, and the language of the rendered formats (PDF, XLSX, CSV headings).
 */
export const reportInput = z
  .object({
    scopes: z.array(scopeSchema).min(1).max(20).describe("'all' (every registered domain) and/or group ids"),
    from: daySchema.describe("First day of the period, YYYY-MM-DD in the users' time zone"),
    to: daySchema.describe('Last day of the period, YYYY-MM-DD'),
    view: viewSchema
      .default('registered')
      .describe(
        "'registered': the domains registered on each day; 'cohort': those registered for the whole period",
      ),
    granularity: z.enum(['day', 'week', 'month']).default('month').describe('The periods of the trend'),
    language: z.enum(['ja', 'en']).default('ja').describe('Language of the PDF and of the XLSX/CSV headings'),
    title: z.string().trim().max(200).optional(),
  })
  .refine((i) => i.from <= i.to, { message: 'from must not be after to', path: ['from'] })
  .refine((i) => daysBetween(i.from, i.to) <= MAX_RANGE_DAYS, { message: 'range too long', path: ['to'] })
  // A stored report keeps every point of its trend: daily points over years would make it huge.
  .refine((i) => i.granularity !== 'day' || daysBetween(i.from, i.to) <= MAX_DAILY_DAYS, {
    message: `a daily trend covers at most ${MAX_DAILY_DAYS} days; choose weekly or monthly`,
    path: ['granularity'],
  })
  // Group ids are stored lower-case (rollup scopes are text): 'ALL' is not accepted, an upper-case id is.
  .transform((i) => ({ ...i, scopes: [...new Set(i.scopes.map((s) => s.toLowerCase()))] }));

export type ReportInput = z.output<typeof reportInput>;
export type ReportInputRaw = z.input<typeof reportInput>;

/** The selection a report's predecessor must share: the scopes (sorted) and the view. */
export function selectionKey(input: Pick<ReportInput, 'scopes' | 'view'>): string {
  return `${[...input.scopes].sort().join(',')}|${input.view}`;
}
