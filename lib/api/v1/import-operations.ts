import { z } from 'zod';
import { MAX_FILE_BYTES } from '@/lib/import/read-import-input';
import { importJsonRows } from '@/lib/import/rows-from-json';
import { defineOperation } from './api-operation';

const importOptions = {
  dryRun: z.boolean().default(false).describe('Only check and plan; write nothing'),
  group: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('Also add every row to this group (by name; created if new)'),
};

export const importDomainsOperation = defineOperation({
  method: 'POST',
  path: '/imports',
  operationId: 'importDomains',
  tag: 'Imports',
  summary: 'Import domains from CSV, TSV, one name per line or JSON rows (dry run or for real)',
  description:
    'The same validation and plan as the Import page: every row is checked first; bad rows are ' +
    'reported with their line numbers and skipped, good ones are written in one transaction unless ' +
    '`dryRun`. CSV/TSV take a header row (domain, groups, tags, parked, selectors, notes; lists ' +
    'separated by ";" or "|"); only the columns given are changed on domains that exist. Importing ' +
    'the same content again changes nothing (counts.unchanged), so a retried call is harmless.',
  access: 'write',
  body: z.discriminatedUnion('format', [
    z.object({
      format: z.enum(['csv', 'tsv', 'lines']),
      content: z.string().max(MAX_FILE_BYTES).describe('The file as text'),
      ...importOptions,
    }),
    z.object({
      format: z.literal('json'),
      rows: importJsonRows.describe('The same columns as fields; every row has the same fields'),
      ...importOptions,
    }),
  ]),
  response: z.object({
    status: z.enum(['preview', 'done']).describe('preview: dry run, or no valid row; nothing written'),
    total: z.number().int(),
    good: z.number().int(),
    bad: z
      .array(z.object({ line: z.number().int(), value: z.string(), reason: z.string() }))
      .describe('The first 500 bad rows'),
    badCount: z.number().int(),
    counts: z.object({
      create: z.number().int(),
      update: z.number().int(),
      unchanged: z.number().int(),
      groups: z.number().int().describe('Groups created by name'),
    }),
  }),
});

export const IMPORT_OPERATIONS = [importDomainsOperation];
