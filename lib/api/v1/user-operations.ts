import { z } from 'zod';
import { ROLES } from '@/lib/auth/roles';
import { inviteUserInput } from '@/lib/users/invite-user';
import { updateUserInput } from '@/lib/users/update-user';
import { defineOperation } from './api-operation';
import { apiDateTime, idParams } from './api-schemas';

export const userItem = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(ROLES),
  status: z.enum(['active', 'invited', 'disabled']).describe('invited: has not chosen a password yet'),
  hasPassword: z.boolean().describe('false: no password of its own (signs in through SSO only, or invited)'),
  groups: z
    .array(z.object({ id: z.uuid(), name: z.string() }))
    .describe('The groups the user is limited to; empty: every domain'),
  createdAt: apiDateTime,
  lastLoginAt: apiDateTime.nullable(),
  linkExpiresAt: apiDateTime.nullable().describe('When the outstanding invitation or reset link expires'),
  mfa: z.boolean().describe('Whether the user has MFA (TOTP) on; an admin resets it in Settings → Users'),
});

const issuedLink = z.object({
  kind: z.enum(['invite', 'reset']),
  url: z.string().describe('The one-time link; returned only in this response, never stored'),
  expiresAt: apiDateTime,
  mail: z
    .enum(['sent', 'failed', 'not_configured'])
    .describe('Whether it was mailed to the user (KENSA_SMTP_URL); otherwise hand it over yourself'),
});

export const listUsersOperation = defineOperation({
  method: 'GET',
  path: '/users',
  operationId: 'listUsers',
  tag: 'Users',
  summary: 'Every account (deleted ones excepted), with role, status and group scope',
  access: 'admin',
  response: z.object({ items: z.array(userItem) }),
});

export const inviteUserOperation = defineOperation({
  method: 'POST',
  path: '/users',
  operationId: 'inviteUser',
  tag: 'Users',
  summary: 'Invite someone by e-mail: a one-time link (72 h) to choose a password (409 email_taken)',
  access: 'admin',
  status: 201,
  body: inviteUserInput,
  response: userItem.extend({ link: issuedLink }),
});

export const getUserOperation = defineOperation({
  method: 'GET',
  path: '/users/{id}',
  operationId: 'getUser',
  tag: 'Users',
  summary: 'One account',
  access: 'admin',
  params: idParams,
  response: userItem,
});

export const updateUserOperation = defineOperation({
  method: 'PATCH',
  path: '/users/{id}',
  operationId: 'updateUser',
  tag: 'Users',
  summary: 'Change the role, the group scope and/or disable or enable, all or nothing',
  description:
    'A role change or disabling ends the user’s sessions; a disabled user’s API tokens stop working ' +
    'until enabled again. The last enabled admin cannot be demoted or disabled (409 last_admin).',
  access: 'admin',
  params: idParams,
  body: updateUserInput,
  response: userItem,
});

export const deleteUserOperation = defineOperation({
  method: 'DELETE',
  path: '/users/{id}',
  operationId: 'deleteUser',
  tag: 'Users',
  summary: 'Delete an account: sessions, links and API tokens end; its name stays in history',
  description:
    'The e-mail address is freed for a new invitation. Not the last enabled admin (409 last_admin).',
  access: 'admin',
  params: idParams,
  status: 204,
});

export const createUserLinkOperation = defineOperation({
  method: 'POST',
  path: '/users/{id}/links',
  operationId: 'createUserLink',
  tag: 'Users',
  summary: 'A new one-time link: a password reset (24 h), or a fresh invitation (72 h) if not accepted yet',
  description:
    'Replaces any earlier link of the user. Refused for a disabled user (409 disabled), and for an ' +
    'account that signs in only through SSO (409 sso_only) unless `allowPassword=true` is given: ' +
    'the link then lets them choose a first password, a way in the SSO provider does not control.',
  access: 'admin',
  params: idParams,
  query: z.object({
    allowPassword: z
      .enum(['true', 'false'])
      .default('false')
      .describe('true: also for an account without a password (SSO only)'),
  }),
  status: 201,
  response: issuedLink,
});

export const USER_OPERATIONS = [
  listUsersOperation,
  inviteUserOperation,
  getUserOperation,
  updateUserOperation,
  deleteUserOperation,
  createUserLinkOperation,
];
