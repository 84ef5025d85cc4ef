import { z } from 'zod';
import { daySchema, scopeSchema, viewSchema } from '@/lib/history/adoption-input';
import { addDays, type Day } from '@/lib/history/day-of';
import type { AdoptionReport } from './adoption-report-schema';

export interface ReportFormDefaults {
  scopes: string[];
  from: Day;
  to: Day;
  view: 'registered' | 'cohort';
  granularity: 'day' | 'week' | 'month';
  language: 'ja' | 'en';
}

const list = (value: unknown) =>
  (Array.isArray(value) ? value : String(value ?? '').split(',')).filter(Boolean);

/**
 * The new-report form's starting values from the URL (a report page links to "the same selection,
 * next period" this way); anything missing or malformed falls back: all domains, the twelve months
 * to today, the reader's language.
 */
export function parseReportFormDefaults(
  params: Record<string, string | string[] | undefined>,
  fallback: { from: Day; to: Day; language: 'ja' | 'en' },
): ReportFormDefaults {
  const scopes = list(params.scopes).filter((s) => scopeSchema.safeParse(s).success);
  const from = daySchema.catch(fallback.from).parse(params.from);
  const to = daySchema.catch(fallback.to).parse(params.to);
  return {
    scopes: scopes.length > 0 ? scopes : ['all'],
    from,
    // biome-ignore lint/complexity/useMathMinMax: days are 'YYYY-MM-DD' strings, not numbers
    to: to < from ? from : to,
    view: viewSchema.catch('registered').parse(params.view),
    granularity: z.enum(['day', 'week', 'month']).catch('month').parse(params.granularity),
    language: z.enum(['ja', 'en']).catch(fallback.language).parse(params.language),
  };
}

/** The form's URL for the period after a report's, same scopes, view, bucket and language. */
export function nextReportHref(selection: AdoptionReport['selection'], today: Day): string {
  const from = addDays(selection.to, 1);
  const params = new URLSearchParams({
    scopes: selection.scopes.join(','),
    from,
    to: today < from ? from : today,
    view: selection.view,
    granularity: selection.granularity,
    language: selection.language,
  });
  return `/reports?${params.toString()}#new-report`;
}
