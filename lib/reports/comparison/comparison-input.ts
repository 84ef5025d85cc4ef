import { z } from 'zod';
import { daySchema } from '@/lib/history/adoption-input';

/**
 * The two days a group is compared on (YYYY-MM-DD in the users' time zone) and, for the files, the
 * language of their headings. The same day twice is allowed: every change is then zero.
 */
export const comparisonInput = z
  .object({
    from: daySchema.describe('The earlier day, YYYY-MM-DD in the users’ time zone'),
    to: daySchema.describe('The later day, YYYY-MM-DD'),
  })
  .refine((i) => i.from <= i.to, { message: 'from must not be after to', path: ['from'] });

export type ComparisonInput = z.output<typeof comparisonInput>;

export const comparisonLanguage = z
  .enum(['ja', 'en'])
  .optional()
  .describe("Language of the PDF and of the XLSX/CSV headings; default: the caller's UI language");
