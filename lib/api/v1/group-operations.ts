import { z } from 'zod';
import { groupFields } from '@/lib/groups/save-group-record';
import { groupScheduleInput } from '@/lib/schedules/update-group-schedule';
import { defineOperation } from './api-operation';
import { idParams } from './api-schemas';

/** A schedule as PATCH and POST take it: none, daily, weekly or a cron expression, in a time zone. */
const scheduleInput = groupScheduleInput
  .omit({ groupId: true })
  .extend({ timeZone: groupScheduleInput.shape.timeZone.default('Asia/Tokyo') });

export const groupItem = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  schedule: z.object({
    kind: z.enum(['none', 'daily', 'weekly', 'cron']),
    cron: z.string().nullable(),
    timeZone: z.string(),
  }),
  members: z.number().int().describe('Current members (active domains)'),
});

export const listGroupsOperation = defineOperation({
  method: 'GET',
  path: '/groups',
  operationId: 'listGroups',
  tag: 'Groups',
  summary: 'Every group with its schedule and member count',
  description: "List a group's members with GET /domains?group={id}.",
  access: 'read',
  response: z.object({ items: z.array(groupItem) }),
});

export const createGroupOperation = defineOperation({
  method: 'POST',
  path: '/groups',
  operationId: 'createGroup',
  tag: 'Groups',
  summary: 'Create a group (names are unique: 409 name_taken)',
  access: 'write',
  status: 201,
  body: groupFields.extend({
    description: groupFields.shape.description.default(''),
    schedule: scheduleInput.optional(),
  }),
  response: groupItem,
});

export const getGroupOperation = defineOperation({
  method: 'GET',
  path: '/groups/{id}',
  operationId: 'getGroup',
  tag: 'Groups',
  summary: 'One group',
  access: 'read',
  params: idParams,
  response: groupItem,
});

export const updateGroupOperation = defineOperation({
  method: 'PATCH',
  path: '/groups/{id}',
  operationId: 'updateGroup',
  tag: 'Groups',
  summary: 'Rename, re-describe or reschedule a group',
  access: 'write',
  params: idParams,
  body: groupFields.partial().extend({ schedule: scheduleInput.optional() }).strict(),
  response: groupItem,
});

export const changeGroupMembersOperation = defineOperation({
  method: 'POST',
  path: '/groups/{id}/members',
  operationId: 'changeGroupMembers',
  tag: 'Groups',
  summary: 'Add domains to a group and/or remove them, from today',
  description:
    'Idempotent: adding a member or removing a non-member changes nothing. Past membership is kept, ' +
    "so the group's history and cohorts stay exact. Up to 1,000 ids each.",
  access: 'write',
  params: idParams,
  body: z.object({
    add: z.array(z.uuid()).max(1000).default([]),
    remove: z.array(z.uuid()).max(1000).default([]),
  }),
  response: z.object({
    added: z.number().int().describe('Domains that were not members before'),
    removed: z.number().int().describe('Domains that were members before'),
  }),
});

export const GROUP_OPERATIONS = [
  listGroupsOperation,
  createGroupOperation,
  getGroupOperation,
  updateGroupOperation,
  changeGroupMembersOperation,
];
