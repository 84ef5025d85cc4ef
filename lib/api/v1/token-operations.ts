import { z } from 'zod';
import { defineOperation } from './api-operation';
import { apiDateTime } from './api-schemas';

export const getCallerOperation = defineOperation({
  method: 'GET',
  path: '/me',
  operationId: 'getCaller',
  tag: 'Tokens',
  summary: 'Who the request authenticates as, and whether it may write',
  access: 'read',
  response: z.object({
    kind: z.enum(['token', 'session']),
    name: z.string().describe('The token name, or the signed-in e-mail address'),
    canWrite: z.boolean(),
    expiresAt: apiDateTime
      .nullable()
      .describe('When the token stops working, so a script can warn in time; null: a session'),
  }),
});

export const TOKEN_OPERATIONS = [getCallerOperation];
