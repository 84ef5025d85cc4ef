import { z } from 'zod';
import { isDay } from './day-of';
import { ALL_SCOPE } from './refresh-adoption-rollups';

/**
 * A calendar day 'YYYY-MM-DD' in the users' time zone that exists (2026-02-30 is refused), within a
 * sane span: every day a user or client types (periods, targets, exceptions, comparisons) is one.
 */
export const daySchema = z
  .string()
  .refine(
    (day) => isDay(day) && day >= '2000-01-01' && day <= '2099-12-31',
    'must be a day as YYYY-MM-DD between 2000 and 2099',
  );

/** 'all' (every registered domain) or a group id. */
export const scopeSchema = z.union([z.literal(ALL_SCOPE), z.uuid()]);

/** 'registered': every domain registered on each day; 'cohort': only those present for the whole range. */
export const viewSchema = z.enum(['registered', 'cohort']);

/** Ten years of days: more than any chart asks for, less than a runaway request. */
export const MAX_RANGE_DAYS = 3660;
