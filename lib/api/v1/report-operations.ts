import { z } from 'zod';
import { adoptionReportSchema } from '@/lib/reports/adoption-report-schema';
import { REPORT_FORMATS } from '@/lib/reports/report-formats';
import { reportInput } from '@/lib/reports/report-input';
import { defineOperation } from './api-operation';
import { apiDateTime, idParams, pageCursor, pageLimit, pageOf } from './api-schemas';

const reportListItem = z.object({
  id: z.uuid(),
  title: z.string(),
  from: z.string().describe("First day of the period (YYYY-MM-DD, users' time zone)"),
  to: z.string().describe('Last day of the period'),
  scopes: z.array(z.string()).describe("'all' and/or group ids"),
  view: z.enum(['registered', 'cohort']),
  createdAt: apiDateTime,
});

const storedReport = z.object({ id: z.uuid(), createdAt: apiDateTime, report: adoptionReportSchema });

export const listReportsOperation = defineOperation({
  method: 'GET',
  path: '/reports',
  operationId: 'listReports',
  tag: 'Reports',
  summary: 'Stored adoption reports, newest first',
  access: 'read',
  query: z.object({ limit: pageLimit, cursor: pageCursor }),
  response: pageOf(reportListItem),
});

export const createReportOperation = defineOperation({
  method: 'POST',
  path: '/reports',
  operationId: 'createReport',
  tag: 'Reports',
  summary: 'Generate and store an adoption report of groups over a period',
  description:
    'Reads the same figures as the dashboard for the selection, adds the most common findings and the ' +
    'domains that regressed or improved, compares with the latest earlier report of the same scopes ' +
    'and view, and stores the result: later downloads in any format show exactly these numbers. ' +
    'A read token may generate reports: it only reads audit data and stores a snapshot of it. See docs/reports.md.',
  access: 'read',
  body: reportInput,
  status: 201,
  response: storedReport,
});

export const getReportOperation = defineOperation({
  method: 'GET',
  path: '/reports/{id}',
  operationId: 'getReport',
  tag: 'Reports',
  summary: 'A stored adoption report with every figure (JSON)',
  access: 'read',
  params: idParams,
  response: storedReport,
});

export const downloadReportOperation = defineOperation({
  method: 'GET',
  path: '/reports/{id}/download',
  operationId: 'downloadReport',
  tag: 'Reports',
  summary: 'A stored adoption report as a PDF, Excel, CSV or JSON file',
  description:
    'Rendered from the stored figures in the language chosen when the report was generated. CSV is ' +
    'UTF-8 with a BOM and CRLF, the tables one after another; Excel has one sheet per table with ' +
    'numeric cells. Text that a spreadsheet would read as a formula is prefixed with a quote.',
  access: 'read',
  params: idParams,
  query: z.object({ format: z.enum(REPORT_FORMATS).default('pdf') }),
  produces: [
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'text/csv',
    'application/json',
  ],
});

export const REPORT_OPERATIONS = [
  listReportsOperation,
  createReportOperation,
  getReportOperation,
  downloadReportOperation,
];
