import { z } from 'zod';
import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';
import { daySchema } from '@/lib/history/adoption-input';

/** A target's share, 0–100 (the percentage the overview shows). */
export const percentSchema = z.number().min(0).max(100);

/** At most this many milestones per target: more is a plan, not a target. */
export const MAX_MILESTONES = 24;

/** At most this many targets per group. */
export const MAX_TARGETS_PER_GROUP = 50;

/**
 * What a target measures: an adoption metric of the group (adoption_rollups), or the share of its
 * members compliant with a profile it follows — as a whole (requirement '') or with one requirement
 * (compliance_rollups).
 */
export const targetMetricSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('adoption'), metric: z.enum(ADOPTION_METRICS) }),
  z.object({
    kind: z.literal('compliance'),
    profileId: z.uuid(),
    requirement: z.string().max(100).describe("A requirement id of the profile, or '' for the whole profile"),
  }),
]);

export type TargetMetric = z.infer<typeof targetMetricSchema>;

export const milestoneSchema = z.object({ day: daySchema, percent: percentSchema });
export type Milestone = z.infer<typeof milestoneSchema>;

/** Milestones as stored (group_targets.milestones): checked on write and on read, kept by day. */
export const milestonesSchema = z
  .array(milestoneSchema)
  .max(MAX_MILESTONES)
  .transform((list) => [...list].sort((a, b) => a.day.localeCompare(b.day)))
  .refine((list) => new Set(list.map((m) => m.day)).size === list.length, {
    message: 'two milestones on the same day',
  });

const planFields = {
  percent: percentSchema,
  deadline: daySchema,
  milestones: milestonesSchema.default([]),
};

const milestonesBeforeDeadline = (plan: { deadline: string; milestones: Milestone[] }) =>
  plan.milestones.every((m) => m.day < plan.deadline);
const beforeDeadline = { message: 'every milestone must come before the deadline', path: ['milestones'] };

/** The editable part of a target: its level, deadline and milestones (each before the deadline). */
export const targetPlanSchema = z.object(planFields).refine(milestonesBeforeDeadline, beforeDeadline);
export type TargetPlan = z.infer<typeof targetPlanSchema>;

/** A new target: what it measures (fixed once made) and its plan. */
export const newTargetSchema = z
  .object({ metric: targetMetricSchema, ...planFields })
  .refine(milestonesBeforeDeadline, beforeDeadline);
export type NewTarget = z.infer<typeof newTargetSchema>;
