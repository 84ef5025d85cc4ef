import { z } from 'zod';
import { auditEventFilter } from '@/lib/queries/audit-event-filter';
import { defineOperation } from './api-operation';
import { apiDateTime, pageCursor, pageLimit, pageOf } from './api-schemas';

const json = z.unknown().nullable();

export const auditEventItem = z.object({
  id: z.uuid(),
  at: apiDateTime,
  action: z
    .string()
    .describe('`<thing>.<verb>`, e.g. domain.archive, api-token.create; see docs/audit-log.md'),
  actorUserId: z.uuid().nullable().describe('The person (a token acts as its creator); null: the system'),
  actorLabel: z.string().nullable().describe('The person\'s e-mail when it happened, or "system"'),
  tokenId: z.uuid().nullable().describe('The API token the change was made with, if any'),
  tokenName: z.string().nullable(),
  clientAddress: z
    .string()
    .nullable()
    .describe('The address the request came from, as the nearest proxy saw it'),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  targetLabel: z.string().nullable().describe("The target's name when it happened"),
  before: json.describe('The changed fields before (updates and deletions); null otherwise'),
  after: json.describe('The changed fields after, or what was created or asked'),
});

export const listAuditEventsOperation = defineOperation({
  method: 'GET',
  path: '/audit-events',
  operationId: 'listAuditEvents',
  tag: 'Audit log',
  summary: 'The audit log, newest first (admins only)',
  description:
    'Every change made through the dashboard or this API, and every sign-in and user change: who ' +
    '(and with which token, from which address), what, to what, and the changed fields before and ' +
    'after. Filters combine. Needs a signed-in admin or a token created by an admin. Entries are ' +
    'kept for KENSA_AUDIT_RETENTION_DAYS (default 400).',
  access: 'admin',
  query: auditEventFilter.extend({ limit: pageLimit, cursor: pageCursor }),
  response: pageOf(auditEventItem),
});

export const exportAuditEventsOperation = defineOperation({
  method: 'GET',
  path: '/exports/audit-events',
  operationId: 'exportAuditEvents',
  tag: 'Exports',
  summary: 'The audit entries the filters select, newest first, streamed as CSV (admins only)',
  description:
    "The filters of GET /audit-events. UTF-8 with a BOM and CRLF; `time` on the users' clock, " +
    '`timeUtc` in ISO 8601, before/after as JSON text; text cells that a spreadsheet would read as a ' +
    'formula are prefixed with a quote.',
  access: 'admin',
  query: auditEventFilter,
  produces: ['text/csv'],
});

export const AUDIT_EVENT_OPERATIONS = [listAuditEventsOperation, exportAuditEventsOperation];
