import { z } from 'zod';
import { receivedMailSeriesInput } from '@/lib/queries/get-received-mail-series';
import { MAIL_HEADLINES } from '@/lib/received-mail/mail-series';
import { defineOperation } from './api-operation';

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

export const getReceivedMailSeriesOperation = defineOperation({
  method: 'GET',
  path: '/received-mail/series',
  operationId: 'getReceivedMailSeries',
  tag: 'Received mail',
  summary: 'SPF/DKIM/DMARC shares of received mail per week or month (the Received mail page)',
  description:
    'Periods start on the ISO week’s Monday or the month’s 1st in Japan time (KENSA_TIME_ZONE). ' +
    '`source=all` combines every data source. `breakBefore` marks a period whose sources differ ' +
    'from the previous one’s (or that follows a gap): its `change` is null, as the two are not ' +
    'comparable. A caller limited to groups gets figures of mail from its groups’ registered ' +
    'domains only. `spfPublished` is `kensa mail-stats`’s `spfPublishedShare`.',
  access: 'read',
  query: receivedMailSeriesInput,
  response: z.object({
    by: z.enum(['week', 'month']),
    source: z.string(),
    sources: z.array(z.object({ id: z.string(), name: z.string(), contributes: z.boolean() })),
    periods: z.array(
      z.object({
        start: z.string(),
        sources: z.number().int(),
        sourceIds: z.array(z.string()),
        breakBefore: z.boolean(),
        messages: basisFigures,
        domains: basisFigures,
      }),
    ),
  }),
});

export const RECEIVED_MAIL_OPERATIONS = [getReceivedMailSeriesOperation];
