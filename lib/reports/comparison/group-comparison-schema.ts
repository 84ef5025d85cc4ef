import { z } from 'zod';
import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';

const count = z.number().int().nonnegative();
const localized = z.object({ en: z.string(), ja: z.string() });

/**
 * One figure on one day: `adopted` (or compliant) of `known` domains, the unknown apart. `percent`
 * (0–100, unrounded) is null when nothing is known: "not measured", never 0%.
 */
export const shareSchema = z.object({
  adopted: count,
  known: count,
  unknown: count,
  domains: count.describe('Members the figure is about (for a requirement: not counting "not applicable")'),
  percent: z.number().nullable(),
});
export type Share = z.infer<typeof shareSchema>;

const complianceShareSchema = shareSchema.extend({
  statuses: z.record(z.string(), count).describe('Members per status, every status as stored'),
});
export type ComplianceShare = z.infer<typeof complianceShareSchema>;

const changeFields = {
  points: z
    .number()
    .nullable()
    .describe('after − before of the percentages rounded to one decimal, so the printed figures add up'),
};

export const metricChangeSchema = z.object({
  metric: z.enum(ADOPTION_METRICS),
  before: shareSchema,
  after: shareSchema,
  ...changeFields,
});
export type MetricChange = z.infer<typeof metricChangeSchema>;

export const requirementChangeSchema = z.object({
  requirement: z.string().describe("The requirement id; '' for the profile as a whole"),
  level: z.enum(['must', 'should']).nullable().describe('null for the profile as a whole'),
  title: localized,
  before: complianceShareSchema,
  after: complianceShareSchema,
  ...changeFields,
});
export type RequirementChange = z.infer<typeof requirementChangeSchema>;

export const profileComparisonSchema = z.object({
  profileId: z.uuid(),
  versionId: z.uuid(),
  version: z.number().int().describe('Both days are judged against this (the latest) version'),
  name: localized,
  requirements: z.array(requirementChangeSchema),
});
export type ProfileComparison = z.infer<typeof profileComparisonSchema>;

export const domainChangeSchema = z.object({
  id: z.uuid(),
  ascii: z.string(),
  unicode: z.string(),
  metrics: z.array(z.enum(ADOPTION_METRICS)).describe('Metrics gained (improved) or lost (regressed)'),
  requirements: z
    .array(z.object({ profileId: z.uuid(), requirement: z.string() }))
    .describe("Requirements (and '' for a whole profile) now met (improved) or no longer met (regressed)"),
});
export type DomainChange = z.infer<typeof domainChangeSchema>;

export const domainChangeListSchema = z.object({
  total: count,
  rows: z.array(domainChangeSchema).describe('The first domains by ASCII name, at most the listing limit'),
});
export type DomainChangeList = z.infer<typeof domainChangeListSchema>;

export const DOMAIN_CHANGE_KINDS = ['improved', 'regressed', 'added', 'removed'] as const;
export type DomainChangeKind = (typeof DOMAIN_CHANGE_KINDS)[number];

/** What the pure comparison computes from two snapshots. */
export const comparisonFiguresSchema = z.object({
  from: z.string().describe('The earlier day (YYYY-MM-DD, users’ time zone)'),
  to: z.string().describe('The later day'),
  members: z.object({ before: count, after: count }),
  metrics: z.array(metricChangeSchema),
  profiles: z.array(profileComparisonSchema),
  domains: z.object({
    improved: domainChangeListSchema,
    regressed: domainChangeListSchema,
    added: domainChangeListSchema,
    removed: domainChangeListSchema,
  }),
});
export type ComparisonFigures = z.infer<typeof comparisonFiguresSchema>;

/** A group's comparison of two days, as the page shows it, the API returns it and the files hold it. */
export const groupComparisonSchema = comparisonFiguresSchema.extend({
  group: z.object({ id: z.uuid(), name: z.string() }),
  generatedAt: z.iso.datetime({ offset: true }),
});
export type GroupComparison = z.infer<typeof groupComparisonSchema>;
