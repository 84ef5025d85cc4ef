import { Prisma } from '@/generated/prisma/client';
import { ADOPTION_METRICS, type AdoptionMetric } from './adoption-flags';
import type { Day } from './day-of';
import { eachMetricSql, METRIC_COLUMNS } from './metric-columns';
import type { Db } from './refresh-adoption-rollups';

export type Granularity = 'day' | 'week' | 'month';

/**
 * One metric on one day: `known` = domains - unknown (this metric's unknowns) is the denominator;
 * percent null when 0 — e.g. STARTTLS while SMTP probing is off: "not measured", never 0%.
 */
export interface MetricCount {
  adopted: number;
  known: number;
  unknown: number;
  domains: number;
  percent: number | null;
}

export interface AdoptionDay {
  scope: string;
  /** The day the figures are from: the last day with data in its bucket. */
  day: Day;
  /** First day of the bucket (the day itself, the Monday of its ISO week, or the 1st of the month). */
  bucket: Day;
  domains: number;
  unknown: number;
  metrics: Record<AdoptionMetric, MetricCount>;
}

export interface AdoptionDaysRequest {
  scopes: readonly string[];
  from: Day;
  to: Day;
  granularity: Granularity;
  /** Fixed cohort: only domains whose membership period covers this whole range. */
  cohort?: { from: Day; to: Day };
}

type Row = { scope: string; day: string; bucket: string; domains: number; unknown: number } & Record<
  AdoptionMetric | `${AdoptionMetric}Unknown`,
  number
>;

const BUCKET = {
  day: Prisma.sql`day`,
  week: Prisma.sql`date_trunc('week', day)::date`,
  month: Prisma.sql`date_trunc('month', day)::date`,
} as const;

/**
 * Adoption per scope and bucket, from adoption_rollups only: the period rows of a day are summed
 * (all of them for the registered view; those covering the cohort range for the cohort view), and
 * each bucket keeps its last day with data.
 */
export async function readAdoptionDays(db: Db, request: AdoptionDaysRequest): Promise<AdoptionDay[]> {
  const { cohort } = request;
  const inCohort = cohort
    ? Prisma.sql`AND since_day <= ${cohort.from}::date AND until_day >= ${cohort.to}::date`
    : Prisma.empty;
  const aliases = Prisma.raw(
    ADOPTION_METRICS.map(
      (m) => `${METRIC_COLUMNS[m]} AS "${m}", ${METRIC_COLUMNS[m]}_unknown AS "${m}Unknown"`,
    ).join(', '),
  );
  const rows = await db.$queryRaw<Row[]>`
    WITH daily AS (
      SELECT scope, day, ${BUCKET[request.granularity]} AS bucket, sum(domains)::int AS domains,
        sum(unknown)::int AS unknown, ${eachMetricSql('sum($)::int AS $, sum($_unknown)::int AS $_unknown')}
      FROM adoption_rollups
      WHERE scope = ANY(${[...request.scopes]}::text[])
        AND day BETWEEN ${request.from}::date AND ${request.to}::date ${inCohort}
      GROUP BY scope, day
    )
    SELECT scope, day::text AS day, bucket::text AS bucket, domains, unknown, ${aliases}
    FROM (
      SELECT DISTINCT ON (scope, bucket) * FROM daily ORDER BY scope, bucket, day DESC
    ) last_of_bucket
    ORDER BY scope, day`;
  return rows.map(toAdoptionDay);
}

function toAdoptionDay(row: Row): AdoptionDay {
  const metrics = Object.fromEntries(
    ADOPTION_METRICS.map((metric) => {
      const adopted = row[metric];
      const unknown = row[`${metric}Unknown`];
      const known = row.domains - unknown;
      const percent = known > 0 ? (adopted / known) * 100 : null;
      return [metric, { adopted, known, unknown, domains: row.domains, percent }];
    }),
  ) as Record<AdoptionMetric, MetricCount>;
  return {
    scope: row.scope,
    day: row.day,
    bucket: row.bucket,
    domains: row.domains,
    unknown: row.unknown,
    metrics,
  };
}
