import { z } from 'zod';
import { defineOperation } from './api-operation';
import { apiDateTime, idParams, pageCursor, pageLimit, pageOf } from './api-schemas';
import { includeReportQuery, scanResultItem } from './domain-schemas';

export const scanRunItem = z.object({
  id: z.uuid(),
  trigger: z.enum(['manual', 'schedule', 'api']),
  scope: z.unknown().describe('What was asked for, e.g. {"kind":"group","ids":[…]}'),
  status: z.enum(['queued', 'running', 'complete', 'cancelled', 'failed']),
  total: z.number().int(),
  done: z.number().int(),
  failed: z.number().int().describe('Included in done + failed = total when the run has ended'),
  createdAt: apiDateTime,
  startedAt: apiDateTime.nullable(),
  finishedAt: apiDateTime.nullable(),
});

export const listScanRunsOperation = defineOperation({
  method: 'GET',
  path: '/scan-runs',
  operationId: 'listScanRuns',
  tag: 'Scan runs',
  summary: 'Scan runs, newest first',
  access: 'read',
  query: z.object({ limit: pageLimit, cursor: pageCursor }),
  response: pageOf(scanRunItem),
});

export const startScanRunOperation = defineOperation({
  method: 'POST',
  path: '/scan-runs',
  operationId: 'startScanRun',
  tag: 'Scan runs',
  summary: 'Scan every domain, a group or some domains; poll the run for progress',
  access: 'write',
  status: 202,
  body: z.object({
    scope: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('all') }),
      z.object({ kind: z.literal('group'), groupId: z.uuid() }),
      z.object({ kind: z.literal('domains'), domainIds: z.array(z.uuid()).min(1).max(1000) }),
    ]),
  }),
  response: z.object({ id: z.uuid(), total: z.number().int().describe('Domains in the run') }),
});

export const getScanRunOperation = defineOperation({
  method: 'GET',
  path: '/scan-runs/{id}',
  operationId: 'getScanRun',
  tag: 'Scan runs',
  summary: 'One run: progress, counts per status, and the domains that failed or ended partial',
  access: 'read',
  params: idParams,
  response: scanRunItem.extend({
    byStatus: z.record(z.string(), z.number().int()),
    problems: z
      .array(
        z.object({
          id: z
            .uuid()
            .describe("The result's id, as the run's results list it (derived from the run and domain ids)"),
          status: z.string(),
          error: z.string().nullable(),
          domain: z.object({ id: z.uuid(), ascii: z.string(), unicode: z.string() }),
        }),
      )
      .describe('Up to 200 failed or partial results'),
  }),
});

export const cancelScanRunOperation = defineOperation({
  method: 'POST',
  path: '/scan-runs/{id}/cancel',
  operationId: 'cancelScanRun',
  tag: 'Scan runs',
  summary: 'Cancel a queued or running run (409 `finished` when it has ended)',
  access: 'write',
  params: idParams,
  response: z.object({ cancelled: z.number().int().describe('Domain scans that will not run') }),
});

export const listScanRunResultsOperation = defineOperation({
  method: 'GET',
  path: '/scan-runs/{id}/results',
  operationId: 'listScanRunResults',
  tag: 'Scan runs',
  summary: "A run's per-domain results (including those still queued), by domain id",
  access: 'read',
  params: idParams,
  query: z.object(includeReportQuery),
  response: pageOf(scanResultItem),
});

export const SCAN_RUN_OPERATIONS = [
  listScanRunsOperation,
  startScanRunOperation,
  getScanRunOperation,
  cancelScanRunOperation,
  listScanRunResultsOperation,
];
