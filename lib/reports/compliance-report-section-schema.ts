import { z } from 'zod';
import { daySchema } from '@/lib/history/adoption-input';
import { metricCountSchema } from './metric-count-schema';

const localized = z.object({ en: z.string(), ja: z.string() });

/** A share of compliant domains at the period end, with its change in points. */
const complianceFigureSchema = z.object({
  /** As the overview's cards count it: compliant over those judged (unknown and not applicable apart). */
  current: metricCountSchema.nullable(),
  notApplicable: z.number().int().min(0).nullable(),
  /** Judged not compliant or unknown but covered by a comply-or-explain exception; absent before exceptions. */
  exempted: z.number().int().min(0).nullable().optional(),
  /** Percentage points since the period start. */
  changePoints: z.number().nullable(),
  /** Percentage points since the previous report of the same selection. */
  previousChangePoints: z.number().nullable(),
});

const complianceRequirementSchema = complianceFigureSchema.extend({
  id: z.string(),
  level: z.enum(['must', 'should']),
  title: localized,
});

/** One followed profile's standing in one group: the profile as a whole, then each requirement. */
const complianceProfileSectionSchema = z.object({
  profileId: z.string(),
  version: z.number().int(),
  name: localized,
  day: daySchema.nullable(),
  baselineDay: daySchema.nullable(),
  whole: complianceFigureSchema,
  requirements: z.array(complianceRequirementSchema),
});

/** The report's compliance section (issue 16): per chosen group, each profile it follows. */
export const complianceReportSectionSchema = z.object({
  scopes: z.array(z.object({ scope: z.string(), profiles: z.array(complianceProfileSectionSchema) })),
});

export type ComplianceReportSection = z.infer<typeof complianceReportSectionSchema>;
export type ComplianceProfileSection = ComplianceReportSection['scopes'][number]['profiles'][number];
export type ComplianceFigure = z.infer<typeof complianceFigureSchema>;
