import { z } from 'zod';
import { daySchema } from '@/lib/history/adoption-input';
import { milestoneSchema } from '@/lib/targets/target-schema';

/** One group target as of the report's period end: its plan, progress and chart rows. */
const reportTargetSchema = z.object({
  id: z.uuid(),
  scope: z.string(),
  /** What it measures, in the report's language. */
  label: z.string(),
  percent: z.number(),
  deadline: daySchema,
  milestones: z.array(milestoneSchema),
  actual: z.object({ day: daySchema, percent: z.number().nullable() }).nullable(),
  expected: z.number().nullable(),
  status: z.enum(['met', 'missed', 'behind', 'on_track', 'unmeasured']),
  daysLeft: z.number().int(),
  chart: z.array(
    z.object({ day: daySchema, actual: z.number().nullable(), expected: z.number().nullable() }),
  ),
});

/** The report's targets section (issue 16): the targets of its groups; absent in reports stored before it. */
export const targetsReportSectionSchema = z.object({ asOf: daySchema, targets: z.array(reportTargetSchema) });

export type TargetsReportSection = z.infer<typeof targetsReportSectionSchema>;
export type ReportTarget = TargetsReportSection['targets'][number];
