import { z } from 'zod';
import { DMARC_INPUT_LIMITS, MIB } from '@/audit/dmarc-report/limits';
import { defineOperation } from './api-operation';
import { apiDateTime } from './api-schemas';

/** Base64 of the parser's largest input (plain XML), rounded up: larger is refused unread. */
const MAX_BASE64 = Math.ceil((DMARC_INPUT_LIMITS.xmlInputBytes + 1) / 3) * 4;
/** Files per request: a day's reports of a busy domain, without one request holding a worker for long. */
export const MAX_FILES_PER_REQUEST = 20;
/** A JSON request's bytes read at most (this path is not behind proxy.ts): big files go raw. */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;
/** The media types of a report sent as the raw body; what it is comes from its bytes, as always. */
export const DMARC_UPLOAD_TYPES = [
  'application/xml',
  'text/xml',
  'application/gzip',
  'application/zip',
  'message/rfc822',
  'application/mbox',
] as const;

const period = z.object({
  from: z.coerce.date().optional().describe('Reports ending at or after this instant (default: 30 days ago)'),
  to: z.coerce.date().optional().describe('Reports ending at or before this instant (default: now)'),
});

const count = z.number().int();

const dmarcView = z.object({
  period: z.object({ from: apiDateTime, to: apiDateTime }),
  summary: z.object({
    reports: count,
    lastReportEnd: apiDateTime.nullable(),
    organisations: count.describe('Reporting organisations (receivers)'),
    sources: count.describe('Source addresses'),
    unapprovedSources: count.describe('Source addresses not approved for every domain they sent as'),
    messages: count,
    dmarcPass: count,
    spfAligned: count.describe('Passed SPF aligned with From: (as receivers evaluated)'),
    dkimAligned: count.describe('Passed DKIM aligned with From: (as receivers evaluated)'),
    spfPassUnaligned: count.describe('SPF passed for a domain not aligned with From:'),
    dkimPassUnaligned: count.describe('DKIM passed for a domain not aligned with From:'),
    failingDelivered: count.describe('Failed DMARC and were delivered (disposition none or quarantine)'),
    wouldBeRejected: count.describe('What p=reject (pct=100) would refuse: every message failing DMARC'),
    wouldBeRejectedApproved: count.describe('Of those, from approved sources: legitimate mail to fix first'),
  }),
  days: z.array(z.object({ day: z.string(), pass: count, fail: count, quarantined: count, rejected: count })),
  sources: z.array(
    z.object({
      ip: z.string(),
      reverseName: z.string().nullable(),
      reverseStatus: z.enum(['name', 'none', 'unknown']).describe('unknown: the lookup failed; asked again'),
      provider: z.string().nullable(),
      messages: count,
      dmarcPass: count,
      spfAligned: count,
      dkimAligned: count,
      spfPassUnaligned: count,
      dkimPassUnaligned: count,
      approved: z.boolean(),
    }),
  ),
});

export const uploadDmarcReportsOperation = defineOperation({
  method: 'POST',
  path: '/dmarc-reports',
  operationId: 'uploadDmarcReports',
  tag: 'DMARC reports',
  summary: 'Store DMARC aggregate reports: a raw .xml, .xml.gz, .zip, .eml or mbox body, or files in JSON',
  description:
    'Send one file as the raw body (Content-Type application/xml, application/gzip, application/zip, ' +
    "message/rfc822 or application/mbox; `?name=` labels it), streamed and read up to the parser's " +
    `limits: ${DMARC_INPUT_LIMITS.inputBytes / MIB} MiB compressed or mail, ${DMARC_INPUT_LIMITS.xmlInputBytes / MIB} ` +
    'MiB of plain XML. Or send JSON `{ files: [{ name, content (base64) }] }`, up to ' +
    `${MAX_FILES_PER_REQUEST} files in at most ${MAX_JSON_BYTES / MIB} MiB (413 past it). ` +
    'Each file is read as the CLI reads it and each report in it stored once: the same report ' +
    '(reporter, report id, policy domain, range) sent again, by any route, is a `duplicate`. A ' +
    'file that is refused (DOCTYPE, too large — also a raw body declaring or carrying more than the ' +
    'limits —, not a DMARC aggregate report) is answered in `refused` and listed in the Invalid list ' +
    '(GET /dmarc-reports/invalid) with the reason. Reports of unregistered domains are stored ' +
    '(`registered: false`). Callers limited to groups are refused: a report may be of any domain.',
  access: 'write',
  query: z.object({
    name: z
      .string()
      .max(300)
      .default('upload')
      .describe('With a raw body: the file name, for the Invalid list'),
  }),
  consumes: DMARC_UPLOAD_TYPES,
  maxJsonBytes: MAX_JSON_BYTES,
  body: z.object({
    files: z
      .array(
        z.object({
          name: z.string().min(1).max(300).describe('The file name, for the Invalid list and the audit log'),
          content: z
            .base64()
            .max(MAX_BASE64)
            .describe('The file, base64 (the size limits apply to the file)'),
        }),
      )
      .min(1)
      .max(MAX_FILES_PER_REQUEST),
  }),
  response: z.object({
    files: z.array(
      z.object({
        name: z.string(),
        refused: z.string().nullable(),
        reports: z.array(
          z.object({
            orgName: z.string(),
            reportId: z.string(),
            policyDomain: z.string(),
            status: z.enum(['stored', 'duplicate', 'refused']),
            id: z.uuid().nullable(),
            registered: z.boolean().nullable(),
            reason: z.string().nullable(),
          }),
        ),
      }),
    ),
  }),
});

export const getDomainDmarcOperation = defineOperation({
  method: 'GET',
  path: '/domains/{id}/dmarc',
  operationId: 'getDomainDmarc',
  tag: 'DMARC reports',
  summary: "A domain's DMARC aggregate reports: per day by result, sources, alignment, p=reject estimate",
  access: 'read',
  params: z.object({ id: z.uuid() }),
  query: period,
  response: dmarcView.extend({
    learnedSelectors: z.array(
      z.object({
        domain: z.string(),
        selector: z.string(),
        firstSeenAt: apiDateTime,
        lastSeenAt: apiDateTime,
      }),
    ),
  }),
});

export const getGroupDmarcOperation = defineOperation({
  method: 'GET',
  path: '/groups/{id}/dmarc',
  operationId: 'getGroupDmarc',
  tag: 'DMARC reports',
  summary: "A group's DMARC aggregate reports, over its current members",
  access: 'read',
  params: z.object({ id: z.uuid() }),
  query: period,
  response: dmarcView,
});

export const listDmarcInvalidOperation = defineOperation({
  method: 'GET',
  path: '/dmarc-reports/invalid',
  operationId: 'listDmarcInvalid',
  tag: 'DMARC reports',
  summary: 'Inputs refused as DMARC reports (name, reason, size, route; never content), newest first',
  access: 'admin',
  response: z.object({
    items: z.array(
      z.object({
        id: z.uuid(),
        fileName: z.string(),
        reason: z.string(),
        sizeBytes: count,
        route: z.string(),
        receivedAt: apiDateTime,
      }),
    ),
  }),
});

export const DMARC_REPORT_OPERATIONS = [
  uploadDmarcReportsOperation,
  getDomainDmarcOperation,
  getGroupDmarcOperation,
  listDmarcInvalidOperation,
];
