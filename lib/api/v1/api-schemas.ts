import { z } from 'zod';
import { scopeSchema } from '@/lib/history/adoption-input';

/** A timestamp leaves the API as an ISO 8601 string (UTC); handlers return Dates. */
export const apiDateTime = z
  .date()
  .transform((date) => date.toISOString())
  .pipe(z.string().meta({ format: 'date-time' }));

/** Page size of every list: large pages keep a 100,000-domain pull at 100 requests. */
export const pageLimit = z.coerce
  .number()
  .int()
  .min(1)
  .max(1000)
  .default(100)
  .describe('Items per page, 1-1000 (default 100)');

/** The opaque position a list continues from, as the previous page's nextCursor gave it. */
export const pageCursor = z.string().max(1000).optional().describe("The previous page's nextCursor");

/** A page of a keyset-paginated list: pass `nextCursor` back as `cursor` until it is null. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('null on the last page'),
  });
}

/**
 * Scopes in a query string: `scopes=a` once or repeated (`scopes=a&scopes=b`) arrives as a string or
 * an array; this always gives the array the queries' own schemas expect.
 */
export const scopesQueryParam = z
  .union([scopeSchema, z.array(scopeSchema)])
  .transform((value) => (Array.isArray(value) ? value : [value]));

export const idParams = z.object({ id: z.uuid() });
