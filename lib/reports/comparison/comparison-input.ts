import { z } from 'zod';
import { daySchema } from '@/lib/history/adoption-input';
import { REPORT_FORMATS } from '@/lib/reports/report-formats';

/** The two days a group is compared on (YYYY-MM-DD in the users' time zone); the same day twice is allowed. */
const days = z.object({
  from: daySchema.describe('The earlier day, YYYY-MM-DD in the users’ time zone'),
  to: daySchema.describe('The later day, YYYY-MM-DD'),
});

const inOrder = (i: { from: string; to: string }) => i.from <= i.to;
const outOfOrder = { message: 'from must not be after to', path: ['from'] };

export const comparisonInput = days.refine(inOrder, outOfOrder);
export type ComparisonInput = z.output<typeof comparisonInput>;

/** A comparison as a file: the days, the format, and the language of its headings. */
export const comparisonDownloadInput = days
  .extend({
    format: z.enum(REPORT_FORMATS).default('pdf'),
    lang: z
      .enum(['ja', 'en'])
      .optional()
      .describe("Language of the PDF and of the XLSX/CSV headings; default: the caller's UI language"),
  })
  .refine(inOrder, outOfOrder);
