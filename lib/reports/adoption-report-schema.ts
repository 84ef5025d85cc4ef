import { z } from 'zod';
import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';
import { daySchema, viewSchema } from '@/lib/history/adoption-input';
import { mailPeriodSchema } from '@/lib/received-mail/mail-period-schema';
import { complianceReportSectionSchema } from './compliance-report-section-schema';
import { dmarcReportSectionSchema } from './dmarc-report-section-schema';
import { metricCountSchema } from './metric-count-schema';
import { targetsReportSectionSchema } from './targets-report-section-schema';

/** Bumped when the stored content changes shape; older reports are then not compared against. */
export const ADOPTION_REPORT_VERSION = 1;

const count = z.number().int().min(0);
const metric = z.enum(ADOPTION_METRICS);

/** A metric at the period end with its change since the period start and since the previous report. */
const metricFigureSchema = z.object({
  current: metricCountSchema.nullable(),
  baselinePercent: z.number().nullable(),
  /** Percentage points since the first day with data in the period. */
  changePoints: z.number().nullable(),
  previousPercent: z.number().nullable(),
  /** Percentage points since the previous report of the same selection. */
  previousChangePoints: z.number().nullable(),
});

type StoredMetrics = Record<string, unknown>;

/**
 * A per-metric record that fills the metrics a report stored before them lacks (issue 15 added six):
 * `fill` gets the metrics that are there, so a figure can say "not measured" rather than fail to read.
 */
function everyMetric<T extends z.ZodType>(value: T, fill: (present: StoredMetrics) => unknown) {
  return z.preprocess(
    (stored) => {
      if (typeof stored !== 'object' || stored === null) return stored;
      const present = stored as StoredMetrics;
      const missing = ADOPTION_METRICS.filter((m) => !(m in present));
      return { ...present, ...Object.fromEntries(missing.map((m) => [m, fill(present)])) };
    },
    z.record(metric, value),
  );
}

const NOT_MEASURED_FIGURE = {
  current: null,
  baselinePercent: null,
  changePoints: null,
  previousPercent: null,
  previousChangePoints: null,
};

/** Every domain of the point unknown for a metric the report's day did not measure yet. */
function notMeasuredCount(present: StoredMetrics) {
  const domains = metricCountSchema.safeParse(Object.values(present)[0]).data?.domains ?? 0;
  return { adopted: 0, known: 0, unknown: domains, domains, percent: null };
}

const scopeSummarySchema = z.object({
  scope: z.string(),
  /** The group's name when the report was made; null for all registered domains. */
  name: z.string().nullable(),
  /** The last day with data in the period (the figures' day), and the first (the change's base). */
  day: daySchema.nullable(),
  baselineDay: daySchema.nullable(),
  metrics: everyMetric(metricFigureSchema, () => NOT_MEASURED_FIGURE),
});

const trendSchema = z.object({
  scope: z.string(),
  points: z.array(
    z.object({
      bucket: daySchema,
      day: daySchema,
      metrics: everyMetric(metricCountSchema, notMeasuredCount),
    }),
  ),
});

const findingRowSchema = z.object({
  findingId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  title: z.object({ en: z.string(), ja: z.string() }),
  /** Domains with the finding, per scope id. */
  domains: z.record(z.string(), count),
});

const domainChangeSchema = z.object({
  domain: z.string(),
  /** The selected scopes the domain counted in at the period end. */
  scopes: z.array(z.string()),
  metrics: z.array(metric),
});

const changeListSchema = z.object({ total: count, rows: z.array(domainChangeSchema) });

export const adoptionReportSchema = z.object({
  version: z.literal(ADOPTION_REPORT_VERSION),
  title: z.string(),
  generatedAt: z.iso.datetime(),
  selection: z.object({
    scopes: z.array(z.string()),
    from: daySchema,
    to: daySchema,
    view: viewSchema,
    granularity: z.enum(['day', 'week', 'month']),
    language: z.enum(['ja', 'en']),
  }),
  previous: z
    .object({ id: z.string(), title: z.string(), periodEnd: daySchema, generatedAt: z.iso.datetime() })
    .nullable(),
  scopes: z.array(scopeSummarySchema),
  trend: z.array(trendSchema),
  findings: z.object({
    /** Domains with a known result at the period end per scope: the findings' denominator. */
    withResult: z.record(z.string(), count),
    rows: z.array(findingRowSchema),
  }),
  changes: z.object({ regressed: changeListSchema, improved: changeListSchema }),
  /** Received-mail shares over the period (issue 13); absent in reports stored before it existed. */
  receivedMail: z.object({ by: z.enum(['week', 'month']), periods: z.array(mailPeriodSchema) }).optional(),
  /** DMARC aggregate reports per scope over the period (issue 14); absent in reports stored before it. */
  dmarcReports: dmarcReportSectionSchema.optional(),
  /** The groups' targets as of the period end (issue 16); absent in reports stored before it. */
  targets: targetsReportSectionSchema.optional(),
  /** Compliance with the profiles each group follows (issue 16); absent in reports stored before it. */
  compliance: complianceReportSectionSchema.optional(),
});

export type AdoptionReport = z.infer<typeof adoptionReportSchema>;
export type ScopeSummary = AdoptionReport['scopes'][number];
export type MetricFigure = ScopeSummary['metrics'][keyof ScopeSummary['metrics']];
export type DomainChangeList = AdoptionReport['changes']['regressed'];
