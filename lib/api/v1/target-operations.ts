import { z } from 'zod';
import { daySchema } from '@/lib/history/adoption-input';
import {
  milestoneSchema,
  newTargetSchema,
  targetMetricSchema,
  targetPlanSchema,
} from '@/lib/targets/target-schema';
import { defineOperation } from './api-operation';
import { idParams } from './api-schemas';

const measured = z.object({ day: daySchema, percent: z.number().nullable() }).nullable();

export const targetItem = z.object({
  id: z.uuid(),
  groupId: z.uuid(),
  groupName: z.string(),
  metric: targetMetricSchema,
  label: z.object({ en: z.string(), ja: z.string() }),
  percent: z.number(),
  deadline: daySchema,
  milestones: z.array(milestoneSchema),
  baseline: measured.describe('The value when the target was set, where the trajectory starts'),
  asOf: daySchema,
  actual: measured.describe('The value in force today (on the deadline once it has passed)'),
  expected: z.number().nullable().describe("The trajectory's value today; null before its first point"),
  status: z.enum(['met', 'missed', 'behind', 'on_track', 'unmeasured']),
  daysLeft: z.number().int().describe('Days to the deadline; negative after it'),
});

export const listGroupTargetsOperation = defineOperation({
  method: 'GET',
  path: '/groups/{id}/targets',
  operationId: 'listGroupTargets',
  tag: 'Targets',
  summary: "A group's targets with their progress today",
  description:
    'On track: the actual value is at or above the trajectory — linear from the value when the target was ' +
    'set (or the first milestone) through the milestones to the target at the deadline (docs/targets.md).',
  access: 'read',
  params: idParams,
  response: z.object({ items: z.array(targetItem) }),
});

export const createGroupTargetOperation = defineOperation({
  method: 'POST',
  path: '/groups/{id}/targets',
  operationId: 'createGroupTarget',
  tag: 'Targets',
  summary: 'Give a group a target: a metric at a percentage or more by a deadline, with optional milestones',
  description:
    "metric is {kind: 'adoption', metric} or {kind: 'compliance', profileId, requirement} (a profile the group " +
    "follows; requirement '' for the whole profile). 400 profile_not_followed, unknown_requirement, " +
    'deadline_passed (not after today) or too_many (50 per group).',
  access: 'write',
  status: 201,
  params: idParams,
  body: newTargetSchema,
  response: z.object({ id: z.uuid() }),
});

export const updateGroupTargetOperation = defineOperation({
  method: 'PUT',
  path: '/targets/{id}',
  operationId: 'updateGroupTarget',
  tag: 'Targets',
  summary: "Change a target's percentage, deadline and milestones (what it measures stays)",
  access: 'write',
  params: idParams,
  body: targetPlanSchema,
  response: z.object({ changed: z.boolean() }),
});

export const deleteGroupTargetOperation = defineOperation({
  method: 'DELETE',
  path: '/targets/{id}',
  operationId: 'deleteGroupTarget',
  tag: 'Targets',
  summary: 'Delete a target',
  access: 'write',
  status: 204,
  params: idParams,
});

export const TARGET_OPERATIONS = [
  listGroupTargetsOperation,
  createGroupTargetOperation,
  updateGroupTargetOperation,
  deleteGroupTargetOperation,
];
