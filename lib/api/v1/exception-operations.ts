import { z } from 'zod';
import { exceptionRequestInput } from '@/lib/compliance/exception-input';
import { EXPIRING_WITHIN_DAYS } from '@/lib/compliance/expiring-soon';
import { defineOperation } from './api-operation';
import { idParams } from './api-schemas';

const localized = z.object({ en: z.string(), ja: z.string() });
const person = z.object({ id: z.uuid(), label: z.string() }).nullable();

const exceptionItem = z.object({
  id: z.uuid(),
  profileId: z.uuid(),
  profileName: localized,
  requirement: z.string().describe("A requirement id of the profile's latest version"),
  requirementTitle: localized.nullable(),
  subject: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('domain'), id: z.uuid(), ascii: z.string(), unicode: z.string() }),
    z.object({ kind: z.literal('group'), id: z.uuid(), name: z.string() }),
  ]),
  justification: z.string(),
  startsOn: z.string(),
  expiresOn: z.string().describe('The first day it no longer applies'),
  state: z
    .enum(['pending', 'scheduled', 'in_force', 'expired', 'revoked'])
    .describe(
      'pending: awaiting approval; scheduled: approved, starts later; in_force: counts as exempted; expired: its expiry day has come (a request never approved too)',
    ),
  requestedBy: person,
  approvedBy: person,
  approvedOn: z.string().nullable(),
  revokedOn: z.string().nullable(),
});

export const listExpiringExceptionsOperation = defineOperation({
  method: 'GET',
  path: '/compliance/exceptions/expiring',
  operationId: 'listExpiringComplianceExceptions',
  tag: 'Compliance',
  summary: 'Approved exceptions that expire within some days, soonest first',
  description:
    'Of the groups and domains the caller may see; with groupId, only that group’s and its current members’.',
  access: 'read',
  query: z.object({
    withinDays: z.coerce.number().int().min(1).max(3650).default(EXPIRING_WITHIN_DAYS),
    groupId: z.uuid().optional(),
  }),
  response: z.object({ items: z.array(exceptionItem) }),
});

export const listGroupExceptionsOperation = defineOperation({
  method: 'GET',
  path: '/groups/{id}/compliance-exceptions',
  operationId: 'listGroupComplianceExceptions',
  tag: 'Compliance',
  summary: "Every exception bearing on a group (its own and its current members'), in any state",
  access: 'read',
  params: idParams,
  response: z.object({ items: z.array(exceptionItem) }),
});

export const requestExceptionOperation = defineOperation({
  method: 'POST',
  path: '/compliance/exceptions',
  operationId: 'requestComplianceException',
  tag: 'Compliance',
  summary: 'Ask for an exception to one requirement, for a domain or a whole group (pending until approved)',
  description:
    'Someone other than the requester (an admin or editor) approves it. 400 unknown_requirement, already_expired.',
  access: 'write',
  status: 201,
  body: exceptionRequestInput,
  response: z.object({ id: z.uuid() }),
});

export const approveExceptionOperation = defineOperation({
  method: 'POST',
  path: '/compliance/exceptions/{id}/approve',
  operationId: 'approveComplianceException',
  tag: 'Compliance',
  summary: 'Approve a pending exception (four eyes: 409 same_person for its requester)',
  description: '409 not_pending, already_expired.',
  access: 'write',
  params: idParams,
  response: exceptionItem,
});

export const revokeExceptionOperation = defineOperation({
  method: 'POST',
  path: '/compliance/exceptions/{id}/revoke',
  operationId: 'revokeComplianceException',
  tag: 'Compliance',
  summary: 'Withdraw a pending exception or end an approved one from today (409 not_revocable)',
  access: 'write',
  params: idParams,
  response: exceptionItem,
});

export const EXCEPTION_OPERATIONS = [
  listExpiringExceptionsOperation,
  listGroupExceptionsOperation,
  requestExceptionOperation,
  approveExceptionOperation,
  revokeExceptionOperation,
];
