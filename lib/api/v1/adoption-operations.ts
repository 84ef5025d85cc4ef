import { z } from 'zod';
import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';
import { adoptionSummaryInput } from '@/lib/history/summarize-adoption';
import { adoptionSeriesInput } from '@/lib/queries/get-adoption-series';
import { defineOperation } from './api-operation';
import { scopesQueryParam } from './api-schemas';

const metricCount = z.object({
  adopted: z.number().int(),
  known: z.number().int().describe('The denominator: domains minus unknown'),
  unknown: z.number().int().describe('Domains whose result for this metric is unknown'),
  domains: z.number().int(),
  percent: z
    .number()
    .nullable()
    .describe(
      '100 × adopted / known; null when nothing is known (not measured: e.g. STARTTLS with probing off)',
    ),
});

const perMetric = <T extends z.ZodType>(value: T) =>
  z.object(
    Object.fromEntries(ADOPTION_METRICS.map((m) => [m, value])) as Record<
      (typeof ADOPTION_METRICS)[number],
      T
    >,
  );

const { scopes: _, ...seriesFields } = adoptionSeriesInput.shape;

/**
 * The series input of the Overview's charts, with `scopes` given once or repeated in the query, then
 * checked by the query's own schema (its range rules); `any` only bridges the two schemas' types.
 */
const seriesQuery = z
  .object({
    ...seriesFields,
    scopes: scopesQueryParam.describe("'all' or a group id; repeat for several (up to 50)"),
  })
  .pipe(z.any().pipe(adoptionSeriesInput));

export const getAdoptionSeriesOperation = defineOperation({
  method: 'GET',
  path: '/adoption/series',
  operationId: 'getAdoptionSeries',
  tag: 'Adoption',
  summary: 'Adoption over time per scope (the Overview charts)',
  description:
    'Days are YYYY-MM-DD in Japan time. `view=cohort` counts only domains present for the whole ' +
    'range. Each point is the last day with data in its bucket; unknown results are left out of the ' +
    'denominator, never counted as not adopting.',
  access: 'read',
  query: seriesQuery,
  response: z.object({
    series: z.array(
      z.object({
        scope: z.string(),
        points: z.array(
          z.object({
            scope: z.string(),
            day: z.string(),
            bucket: z.string().describe('First day of the bucket'),
            domains: z.number().int(),
            unknown: z.number().int(),
            metrics: perMetric(metricCount),
          }),
        ),
      }),
    ),
  }),
});

export const getAdoptionSummaryOperation = defineOperation({
  method: 'GET',
  path: '/adoption/summary',
  operationId: 'getAdoptionSummary',
  tag: 'Adoption',
  summary: "Each metric's adoption at the end of a range and its change in points",
  access: 'read',
  query: adoptionSummaryInput,
  response: z.object({
    scope: z.string(),
    day: z.string().nullable().describe('Last day with data in the range'),
    baselineDay: z.string().nullable(),
    metrics: perMetric(
      z.object({
        current: metricCount.nullable(),
        baseline: metricCount.nullable(),
        changePoints: z.number().nullable(),
      }),
    ),
  }),
});

export const ADOPTION_OPERATIONS = [getAdoptionSeriesOperation, getAdoptionSummaryOperation];
