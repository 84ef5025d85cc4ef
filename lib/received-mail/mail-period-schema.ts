import { z } from 'zod';
import { MAIL_HEADLINES } from './mail-series';

const perHeadline = <T extends z.ZodType>(value: T) =>
  z.object(
    Object.fromEntries(MAIL_HEADLINES.map((h) => [h, value])) as Record<(typeof MAIL_HEADLINES)[number], T>,
  );

const counts = z.record(z.string(), z.number().int()).describe('Count per normalised result');

const basisFigures = z.object({
  total: z.number().int().describe('Messages, or distinct sender domains: the denominator'),
  results: z.object({ spf: counts, dkim: counts, dmarc: counts }),
  shares: perHeadline(z.number().nullable()).describe('Fractions 0–1, 4 decimals'),
  change: perHeadline(z.number().nullable())
    .nullable()
    .describe('Percentage points since the previous period; null when not comparable'),
});

/**
 * One period of a received-mail series (mail-series.ts's MailPeriod) as zod: the API's response
 * and a stored report's received-mail section are checked against the same shape.
 */
export const mailPeriodSchema = z.object({
  start: z.string().describe('YYYY-MM-DD: the ISO week’s Monday or the month’s 1st'),
  sources: z.number().int().describe('Data sources the figures come from'),
  sourceIds: z.array(z.string()),
  breakBefore: z
    .boolean()
    .describe('The previous period is missing or had other sources: not comparable, no change'),
  messages: basisFigures,
  domains: basisFigures,
});
