import { z } from 'zod';
import { ADOPTION_METRICS, type AdoptionMetric } from './adoption-flags';

/** The adoption flags of a result, for the API and exports: one nullable boolean per metric. */
export const adoptionFlagsSchema = z
  .object(
    Object.fromEntries(ADOPTION_METRICS.map((metric) => [metric, z.boolean().nullable()])) as Record<
      AdoptionMetric,
      z.ZodNullable<z.ZodBoolean>
    >,
  )
  .describe(
    'true adopted, false proven not adopted, null unknown (a lookup failed, the check did not run — ' +
      'STARTTLS unless SMTP probing is on — or the result predates the check)',
  );
