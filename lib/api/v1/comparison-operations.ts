import { comparisonDownloadInput, comparisonInput } from '@/lib/reports/comparison/comparison-input';
import { groupComparisonSchema } from '@/lib/reports/comparison/group-comparison-schema';
import { defineOperation } from './api-operation';
import { idParams } from './api-schemas';

const HOW =
  'Each day counts the members of the group that day, each with its latest scan on or before it; both ' +
  'days are judged against the current version of every profile the group follows. Percentages are over ' +
  'the domains known (not measured: null); the change is in points between the one-decimal figures. At ' +
  'most 500 domains are listed per kind, the totals are whole. See docs/compare.md.';

export const getGroupComparisonOperation = defineOperation({
  method: 'GET',
  path: '/groups/{id}/comparison',
  operationId: 'getGroupComparison',
  tag: 'Compliance',
  summary: 'A group on two days: every metric and requirement then and now, and the domains that changed',
  description: HOW,
  access: 'read',
  params: idParams,
  query: comparisonInput,
  response: groupComparisonSchema,
});

export const downloadGroupComparisonOperation = defineOperation({
  method: 'GET',
  path: '/groups/{id}/comparison/download',
  operationId: 'downloadGroupComparison',
  tag: 'Compliance',
  summary: 'A group on two days as a PDF, Excel, CSV or JSON file',
  description:
    `${HOW} CSV is UTF-8 with a BOM and CRLF, the tables one after another; Excel has one sheet per ` +
    'table with numeric cells. Text that a spreadsheet would read as a formula is prefixed with a quote.',
  access: 'read',
  params: idParams,
  query: comparisonDownloadInput,
  produces: [
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'text/csv',
    'application/json',
  ],
});

export const COMPARISON_OPERATIONS = [getGroupComparisonOperation, downloadGroupComparisonOperation];
