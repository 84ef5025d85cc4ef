import { z } from 'zod';
import { tlsModes } from '@/lib/mailboxes/imap-connection';
import { createMailboxAccountInput, updateMailboxAccountInput } from '@/lib/mailboxes/mailbox-account-input';
import { mailboxPurposes } from '@/lib/mailboxes/purpose-handlers';
import { defineOperation } from './api-operation';
import { apiDateTime, idParams } from './api-schemas';

export const mailboxItem = z.object({
  id: z.uuid(),
  name: z.string(),
  host: z.string(),
  port: z.number().int(),
  tlsMode: z.enum(tlsModes).describe('tls: implicit TLS (993); starttls: STARTTLS required (143)'),
  username: z.string().describe('The password is write-only: never returned'),
  folder: z.string(),
  processedFolder: z.string(),
  invalidFolder: z.string(),
  intervalMinutes: z.number().int(),
  enabled: z.boolean(),
  purpose: z.enum(mailboxPurposes),
  mailSourceId: z.uuid().nullable(),
  mailSourceName: z.string().nullable(),
  lastPullAt: apiDateTime.nullable(),
  lastPullStatus: z.enum(['ok', 'error']).nullable(),
  lastPullError: z.string().nullable(),
  lastPullProcessed: z.number().int().nullable(),
  lastPullInvalid: z.number().int().nullable(),
  createdAt: apiDateTime,
});

export const listMailboxesOperation = defineOperation({
  method: 'GET',
  path: '/mailboxes',
  operationId: 'listMailboxes',
  tag: 'Mailboxes',
  summary: 'IMAP mailboxes pulled on a timer, with how the last pull went',
  access: 'admin',
  response: z.object({
    items: z.array(mailboxItem),
    purposes: z.array(z.enum(mailboxPurposes)).describe('The purposes this version can handle'),
  }),
});

export const createMailboxOperation = defineOperation({
  method: 'POST',
  path: '/mailboxes',
  operationId: 'createMailbox',
  tag: 'Mailboxes',
  summary: 'Add a mailbox; it is pulled within a minute and then every intervalMinutes',
  access: 'admin',
  status: 201,
  body: createMailboxAccountInput,
  response: mailboxItem,
});

export const getMailboxOperation = defineOperation({
  method: 'GET',
  path: '/mailboxes/{id}',
  operationId: 'getMailbox',
  tag: 'Mailboxes',
  summary: 'One mailbox',
  access: 'admin',
  params: idParams,
  response: mailboxItem,
});

export const updateMailboxOperation = defineOperation({
  method: 'PATCH',
  path: '/mailboxes/{id}',
  operationId: 'updateMailbox',
  tag: 'Mailboxes',
  summary: 'Change settings; send password only to replace it',
  access: 'admin',
  params: idParams,
  body: updateMailboxAccountInput,
  response: mailboxItem,
});

export const deleteMailboxOperation = defineOperation({
  method: 'DELETE',
  path: '/mailboxes/{id}',
  operationId: 'deleteMailbox',
  tag: 'Mailboxes',
  summary: 'Stop pulling a mailbox; what it added stays',
  access: 'admin',
  params: idParams,
  status: 204,
});

export const testMailboxOperation = defineOperation({
  method: 'POST',
  path: '/mailboxes/{id}/test',
  operationId: 'testMailbox',
  tag: 'Mailboxes',
  summary: 'Log in and open the folder read-only: how many messages wait, or why it failed',
  access: 'admin',
  params: idParams,
  response: z.object({
    ok: z.boolean(),
    messages: z.number().int().nullable(),
    error: z.string().nullable(),
  }),
});

export const MAILBOX_OPERATIONS = [
  listMailboxesOperation,
  createMailboxOperation,
  getMailboxOperation,
  updateMailboxOperation,
  deleteMailboxOperation,
  testMailboxOperation,
];
