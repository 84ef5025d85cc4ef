import { z } from 'zod';
import { contactFields } from '@/lib/groups/contacts/contact-fields';
import { SCORECARD_SCHEDULES } from '@/lib/groups/scorecard/set-scorecard-schedule';
import { defineOperation } from './api-operation';
import { apiDateTime, idParams } from './api-schemas';

const contactParams = z.object({ id: z.uuid(), contactId: z.uuid() });

export const contactItem = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  language: z.enum(['ja', 'en']),
  role: z.string(),
});

const ownersItem = z.object({
  scorecardSchedule: z.enum(SCORECARD_SCHEDULES),
  statusLinkSetAt: apiDateTime
    .nullable()
    .describe('When the public status link was made; null: no public page'),
  contacts: z.array(contactItem),
});

export const getGroupOwnersOperation = defineOperation({
  method: 'GET',
  path: '/groups/{id}/owners',
  operationId: 'getGroupOwners',
  tag: 'Groups',
  summary:
    "A group's contacts (personal data), its scorecard mail schedule and whether a public page is open",
  access: 'read',
  params: idParams,
  response: ownersItem,
});

export const createGroupContactOperation = defineOperation({
  method: 'POST',
  path: '/groups/{id}/contacts',
  operationId: 'createGroupContact',
  tag: 'Groups',
  summary: 'Add an owner or contact to a group (409 email_taken: the address is listed already)',
  access: 'write',
  status: 201,
  params: idParams,
  body: contactFields,
  response: z.object({ id: z.uuid() }),
});

export const updateGroupContactOperation = defineOperation({
  method: 'PUT',
  path: '/groups/{id}/contacts/{contactId}',
  operationId: 'updateGroupContact',
  tag: 'Groups',
  summary: "Change a group contact's name, address, language or role",
  access: 'write',
  params: contactParams,
  body: contactFields,
  response: z.object({ id: z.uuid() }),
});

export const deleteGroupContactOperation = defineOperation({
  method: 'DELETE',
  path: '/groups/{id}/contacts/{contactId}',
  operationId: 'deleteGroupContact',
  tag: 'Groups',
  summary: 'Remove a contact from a group: no further scorecard mails to them',
  access: 'write',
  status: 204,
  params: contactParams,
});

export const setScorecardScheduleOperation = defineOperation({
  method: 'PUT',
  path: '/groups/{id}/scorecard-schedule',
  operationId: 'setScorecardSchedule',
  tag: 'Groups',
  summary:
    "How often the group's contacts are mailed its scorecard: off, weekly (Mondays) or monthly (the 1st)",
  access: 'write',
  params: idParams,
  body: z.object({ schedule: z.enum(SCORECARD_SCHEDULES) }),
  response: z.object({ changed: z.boolean() }),
});

export const rotateStatusLinkOperation = defineOperation({
  method: 'POST',
  path: '/groups/{id}/status-link',
  operationId: 'rotateStatusLink',
  tag: 'Groups',
  summary: "Open the group's public status page, or move it to a new link (the old one stops working)",
  description: 'The link is in this answer only: Kensa keeps a hash of its token.',
  access: 'write',
  params: idParams,
  response: z.object({ url: z.string() }),
});

export const revokeStatusLinkOperation = defineOperation({
  method: 'DELETE',
  path: '/groups/{id}/status-link',
  operationId: 'revokeStatusLink',
  tag: 'Groups',
  summary: "Close the group's public status page: its link answers 404",
  access: 'write',
  status: 204,
  params: idParams,
});

export const GROUP_OWNER_OPERATIONS = [
  getGroupOwnersOperation,
  createGroupContactOperation,
  updateGroupContactOperation,
  deleteGroupContactOperation,
  setScorecardScheduleOperation,
  rotateStatusLinkOperation,
  revokeStatusLinkOperation,
];
