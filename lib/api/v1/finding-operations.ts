import { z } from 'zod';
import { defineOperation } from './api-operation';

const localized = z.object({ en: z.string(), ja: z.string() });

export const listFindingsOperation = defineOperation({
  method: 'GET',
  path: '/findings',
  operationId: 'listFindings',
  tag: 'Findings',
  summary: 'The findings catalog, with how many domains have each finding now',
  description:
    'Ids are a stable contract. `domains` counts active domains whose current result has the ' +
    "finding (within a group's current members with ?group=); list them with GET /domains?finding={id}.",
  access: 'read',
  query: z.object({ group: z.uuid().optional().describe('Count only current members of this group') }),
  response: z.object({
    items: z.array(
      z.object({
        id: z.string(),
        severity: z.enum(['error', 'warning', 'info']),
        rfc: z.string().describe("The RFC section it is judged by, e.g. 'RFC 7208 §4.6.4'"),
        title: localized,
        explanation: localized,
        remediation: localized,
        domains: z.number().int(),
      }),
    ),
  }),
});

export const FINDING_OPERATIONS = [listFindingsOperation];
