import { z } from 'zod';
import { receivedMailSeriesInput } from '@/lib/queries/get-received-mail-series';
import { mailPeriodSchema } from '@/lib/received-mail/mail-period-schema';
import { defineOperation } from './api-operation';
import { scopesQueryParam } from './api-schemas';

const { scopes: _, ...seriesFields } = receivedMailSeriesInput.shape;

/** The query's own schema, with `scopes` given once or repeated; `any` only bridges the two types. */
const seriesQuery = z
  .object({
    ...seriesFields,
    scopes: scopesQueryParam
      .optional()
      .describe("Only mail of these groups' domains ('all' or a group id; repeat for several)"),
  })
  .pipe(z.any().pipe(receivedMailSeriesInput));

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
  query: seriesQuery,
  response: z.object({
    by: z.enum(['week', 'month']),
    source: z.string(),
    sources: z.array(z.object({ id: z.string(), name: z.string(), contributes: z.boolean() })),
    periods: z.array(mailPeriodSchema),
  }),
});

export const RECEIVED_MAIL_OPERATIONS = [getReceivedMailSeriesOperation];
