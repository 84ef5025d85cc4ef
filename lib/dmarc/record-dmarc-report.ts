import { z } from 'zod';
import type { DmarcAggregateReport } from '@/audit/dmarc-report/types';
import type { Resolver } from '@/audit/dns/types';
import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { kensaTimeZone } from '@/lib/i18n/format';
import { uuidv7 } from '@/lib/import/uuid-v7';
import { dmarcRoute, inputLabel } from './dmarc-route';
import { lookUpReverseNames, type ReverseLookupLimits } from './look-up-reverse-names';
import { recordRefusedDmarcInput } from './record-refused-dmarc-input';
import { reportResolver } from './report-resolver';
import { dayRows, learnedSelectors, recordRows } from './report-rows';
import { whyNotStorable } from './storable-report';
import { insertDays, insertRecords, upsertLearnedSelectors, upsertSources } from './store-report-rows';

export const reportArrival = z.object({
  route: dmarcRoute,
  /** The file name or mailbox it came from; kept with the report, never its content. */
  label: inputLabel,
  /** The input's size, listed when the report is refused. */
  sizeBytes: z.number().int().min(0).optional(),
});

export type RecordReportResult =
  | { status: 'stored'; id: string; registered: boolean }
  | { status: 'duplicate'; id: string; registered: boolean }
  | { status: 'refused'; reason: string };

export interface RecordReportDeps {
  db?: PrismaClient;
  /** For the sources' reverse DNS; default: the audit engine's resolvers (KENSA_DNS_SERVERS). */
  resolver?: Resolver;
  reverseLimits?: ReverseLookupLimits;
  timeZone?: string;
}

/** 100,000 records are a few statements, but a loaded database may be slow. */
const TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

/**
 * Stores one parsed DMARC aggregate report — the ingest core every route shares (upload, API, CLI,
 * IMAP). Idempotent: the same report (reporter org, report id, policy domain, range) is stored once
 * however often and by whichever route it arrives; two arrivals racing insert one row (ON CONFLICT)
 * and the other reports a duplicate. The report, its records, its per-day spread, its sources'
 * reverse DNS and the DKIM selectors it reveals are one transaction with the audit entry: nothing
 * half-stored. Reverse DNS of new sources is looked up first, outside the transaction. A report
 * for a domain that is not registered is stored all the same (`registered: false`).
 */
export async function recordDmarcReport(
  actor: AuditActor,
  report: DmarcAggregateReport,
  arrival: z.input<typeof reportArrival>,
  deps: RecordReportDeps = {},
): Promise<RecordReportResult> {
  const { route, label, sizeBytes } = reportArrival.parse(arrival);
  const db = deps.db ?? prisma;
  const reason = whyNotStorable(report);
  if (reason !== null) {
    await recordRefusedDmarcInput(actor, { fileName: label, reason, sizeBytes: sizeBytes ?? 0, route }, db);
    return { status: 'refused', reason };
  }
  const key = {
    orgName: report.orgName,
    reportId: report.reportId,
    policyDomain: report.policyDomain,
    beginAt: new Date(report.begin),
    endAt: new Date(report.end),
  };
  const registered = (await db.domain.count({ where: { ascii: report.policyDomain } })) > 0;
  const existing = await db.dmarcReport.findUnique({
    where: { orgName_reportId_policyDomain_beginAt_endAt: key },
    select: { id: true },
  });
  if (existing) return { status: 'duplicate', id: existing.id, registered };

  const records = recordRows(report);
  const days = dayRows(report, deps.timeZone ?? kensaTimeZone());
  const selectors = learnedSelectors(report);
  const answers = await reverseNamesOfNewSources(
    db,
    records.map((r) => r.sourceIp),
    deps,
  );

  const id = await db.$transaction(async (tx) => {
    const inserted = await tx.$queryRaw<Array<{ id: string }>>`
      INSERT INTO dmarc_reports (id, org_name, report_id, policy_domain, begin_at, end_at, policy_published,
        messages, reporter_email, extra_contact_info, errors, generator, namespace, route, label)
      VALUES (${uuidv7()}::uuid, ${key.orgName}, ${key.reportId}, ${key.policyDomain}, ${key.beginAt},
        ${key.endAt}, ${JSON.stringify(report.policyPublished)}::jsonb, ${report.messages}::bigint,
        ${report.reporterEmail}, ${report.extraContactInfo}, ${report.errors}::text[], ${report.generator},
        ${report.namespace}, ${route}::dmarc_route, ${label})
      ON CONFLICT (org_name, report_id, policy_domain, begin_at, end_at) DO NOTHING
      RETURNING id::text`;
    const row = inserted[0];
    if (!row) return null;
    await insertRecords(tx, row.id, records);
    await insertDays(tx, row.id, days);
    await upsertSources(tx, answers);
    await upsertLearnedSelectors(tx, selectors, key.endAt);
    await recordAuditEvent(
      actor,
      {
        action: 'dmarc-report.record',
        target: { type: 'dmarc-report', id: row.id, label: `${key.orgName}: ${key.policyDomain}` },
        after: { route, label, reportId: key.reportId, records: records.length, messages: report.messages },
      },
      tx,
    );
    return row.id;
  }, TRANSACTION);
  if (id !== null) return { status: 'stored', id, registered };
  const winner = await db.dmarcReport.findUniqueOrThrow({
    where: { orgName_reportId_policyDomain_beginAt_endAt: key },
    select: { id: true },
  });
  return { status: 'duplicate', id: winner.id, registered };
}

/** Reverse DNS of the addresses never seen, or whose last lookup failed. */
async function reverseNamesOfNewSources(db: PrismaClient, ips: string[], deps: RecordReportDeps) {
  const distinct = [...new Set(ips)];
  const known = await db.$queryRaw<Array<{ ip: string }>>`
    SELECT ip FROM dmarc_sources WHERE ip = ANY(${distinct}::text[]) AND reverse_status <> 'unknown'`;
  const knownIps = new Set(known.map((source) => source.ip));
  const fresh = distinct.filter((ip) => !knownIps.has(ip));
  if (fresh.length === 0) return new Map();
  return lookUpReverseNames(deps.resolver ?? (await reportResolver()), fresh, deps.reverseLimits);
}
