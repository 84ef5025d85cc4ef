import { z } from 'zod';

const count = z.number().int().min(0);

/** One metric on one day, as adoption_rollups count it: the denominator is `known` (unknown left out). */
export const metricCountSchema = z.object({
  adopted: count,
  known: count,
  unknown: count,
  domains: count,
  percent: z.number().nullable(),
});
