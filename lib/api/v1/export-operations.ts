import { z } from 'zod';
import { DOMAIN_EXPORT_FORMAT_NAMES } from '@/lib/exports/domain-export-format';
import { scorecardExportSchema } from '@/lib/exports/scorecard-export-schema';
import { domainListFilter } from '@/lib/queries/domain-list-filter';
import { defineOperation } from './api-operation';

export const exportDomainsOperation = defineOperation({
  method: 'GET',
  path: '/exports/domains',
  operationId: 'exportDomains',
  tag: 'Exports',
  summary: 'Every domain the filters select, one row each, streamed as CSV, Excel or NDJSON',
  description:
    'Takes the filters of the domains table (a malformed filter value is ignored, as in the table) ' +
    'and streams one row per domain, ordered by ASCII name: names, groups, tags, parked, last scan ' +
    'time, status (current/stale/not_scanned), grade, the eight adoption flags, error and warning ' +
    'counts, finding ids and the domain id. CSV is UTF-8 with a BOM and CRLF; text cells that a ' +
    'spreadsheet would read as a formula are prefixed with a quote in CSV and Excel. See docs/exports.md.',
  access: 'read',
  query: domainListFilter.omit({ sort: true, dir: true, page: true, size: true, count: true }).extend({
    format: z.enum(DOMAIN_EXPORT_FORMAT_NAMES).default('csv'),
  }),
  produces: [
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/x-ndjson',
  ],
});

export const exportScorecardOperation = defineOperation({
  method: 'GET',
  path: '/domains/{id}/scorecard',
  operationId: 'exportDomainScorecard',
  tag: 'Exports',
  summary: "A domain's scorecard for handing to its owner, as JSON or as a PDF",
  description:
    'What the scorecard page shows: names, grade and why, records as published, the SPF tree and ' +
    'lookup count, DKIM keys with size and age, the DMARC policy, and every finding with its RFC ' +
    'reference, explanation and remediation in the chosen language. DNS text is returned as ' +
    'published (JSON) or printed as text (PDF). See docs/exports.md.',
  access: 'read',
  params: z.object({ id: z.uuid() }),
  query: z.object({
    format: z.enum(['json', 'pdf']).default('json'),
    lang: z
      .enum(['en', 'ja'])
      .optional()
      .describe("Language of titles and explanations; default: the caller's UI language, else ja"),
  }),
  response: scorecardExportSchema,
  produces: ['application/pdf'],
});

export const EXPORT_OPERATIONS = [exportDomainsOperation, exportScorecardOperation];
