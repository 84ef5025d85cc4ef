import { z } from 'zod';
import { adoptionFlagsSchema } from '@/lib/history/adoption-flags-schema';
import { dkimSelector } from '@/lib/import/import-row';
import { METRICS } from '@/lib/queries/domain-list-filter';
import { apiDateTime, pageCursor, pageLimit } from './api-schemas';

/** The domains table's filters, strictly: a malformed value is a 400, not silently ignored. */
export const domainListQuery = z.object({
  q: z.string().trim().min(1).max(253).optional().describe('Part of the name (ASCII or Unicode)'),
  group: z.uuid().optional().describe('Current members of this group'),
  tag: z.string().trim().min(1).max(64).optional(),
  metric: z.enum(METRICS).optional().describe('With `value`: domains whose flag has that value'),
  value: z.enum(['yes', 'no', 'unknown']).default('no'),
  finding: z.string().trim().min(1).max(80).optional().describe('A finding id the current result has'),
  severity: z.enum(['error', 'warning', 'clean']).optional(),
  stale: z.enum(['stale', 'fresh']).optional(),
  limit: pageLimit,
  cursor: pageCursor,
});

/** A domain with its current state (domain_current_state), as the domains table shows it. */
export const domainItem = z.object({
  id: z.uuid(),
  ascii: z.string().describe('A-label form, the identity used for DNS'),
  unicode: z.string(),
  parked: z.boolean(),
  tags: z.array(z.string()),
  lastScanAt: apiDateTime.nullable(),
  stale: z.boolean().describe('The last scan ended partial: the state is from an earlier complete scan'),
  scanned: z.boolean().describe('Has a complete result'),
  flags: adoptionFlagsSchema,
  findingIds: z.array(z.string()),
  errors: z.number().int(),
  warnings: z.number().int(),
});

export const domainDetail = domainItem.extend({
  selectors: z.array(z.string()),
  notes: z.string(),
  groups: z.array(z.object({ id: z.uuid(), name: z.string() })),
  lastScanStatus: z.string().nullable(),
  createdAt: apiDateTime,
});

/** What PATCH /domains/{id} changes; absent fields stay as they are. */
export const domainPatch = z
  .object({
    tags: z.array(z.string().trim().min(1).max(64)).max(50),
    notes: z.string().max(2000),
    parked: z.boolean(),
    selectors: z.array(dkimSelector).max(50).describe('DKIM selectors to query (RFC 6376 §3.1)'),
    groups: z.array(z.uuid()).max(500).describe('All the groups the domain belongs to from today'),
  })
  .partial()
  .strict();

/** One domain's result within one scan run. */
export const scanResultItem = z.object({
  id: z
    .uuid()
    .describe(
      "The result's id: stable, derived from runId and domain.id (RFC 9562 version-8 uuid of the first " +
        '16 bytes of SHA-256("<runId>/<domain.id>")); a domain has one result per run',
    ),
  runId: z.uuid(),
  domain: z.object({ id: z.uuid(), ascii: z.string(), unicode: z.string() }),
  status: z.enum(['queued', 'running', 'complete', 'partial', 'failed']),
  error: z.string().nullable(),
  startedAt: apiDateTime.nullable(),
  finishedAt: apiDateTime.nullable(),
  queries: z.number().int().nullable().describe('DNS queries the audit made'),
  flags: adoptionFlagsSchema,
  findings: z.array(z.object({ id: z.string(), severity: z.string() })),
  report: z.unknown().optional().describe('The full audit report, with ?include=report'),
});

export const includeReportQuery = {
  include: z.enum(['report']).optional().describe('"report" adds the full audit report to each result'),
  limit: pageLimit,
  cursor: pageCursor,
};
