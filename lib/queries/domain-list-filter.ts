import { z } from 'zod';
import { ADOPTION_METRICS, type AdoptionMetric } from '@/lib/history/adoption-flags';

/** The adoption flags of a result, in the order pages show them (one list: lib/history/adoption-flags). */
export const METRICS = ADOPTION_METRICS;
export type Metric = AdoptionMetric;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined))
    .catch(undefined);

/**
 * The domains table's state, read from the URL (so a filtered view can be bookmarked and shared).
 * Anything malformed falls back to its default instead of failing the page.
 */
export const domainListFilter = z.object({
  q: optionalText(253),
  group: z.uuid().optional().catch(undefined),
  tag: optionalText(64),
  metric: z.enum(METRICS).optional().catch(undefined),
  value: z.enum(['yes', 'no', 'unknown']).default('no').catch('no'),
  finding: optionalText(80),
  severity: z.enum(['error', 'warning', 'clean']).optional().catch(undefined),
  stale: z.enum(['stale', 'fresh']).optional().catch(undefined),
  sort: z.enum(['name', 'lastScan', 'errors', 'warnings']).default('name').catch('name'),
  dir: z.enum(['asc', 'desc']).default('asc').catch('asc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
  size: z.coerce.number().int().min(10).max(200).default(50).catch(50),
  /** 'exact': count every match, however many (the table counts up to DOMAIN_COUNT_CAP otherwise). */
  count: z.enum(['exact']).optional().catch(undefined),
});

export type DomainListFilter = z.infer<typeof domainListFilter>;

/** Reads Next's searchParams (values may repeat: the first one wins). */
export function parseDomainListFilter(
  params: Record<string, string | string[] | undefined>,
): DomainListFilter {
  const flat = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  return domainListFilter.parse(flat);
}

/** The URL of the table with some filters changed (page resets unless given). */
export function domainListHref(filter: Partial<DomainListFilter>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === '') continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/?${query}` : '/';
}
