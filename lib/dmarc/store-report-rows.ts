import type { Prisma } from '@/generated/prisma/client';
import { uuidv7 } from '@/lib/import/uuid-v7';
import type { ReverseDnsAnswer } from './look-up-reverse-names';
import type { DayRow, RecordRow } from './report-rows';
import { recognizeProvider } from './sending-providers';

type Tx = Prisma.TransactionClient;

/** A report's records, in one statement (unnest of column arrays: 100,000 rows without 100,000 round trips). */
export async function insertRecords(tx: Tx, reportId: string, rows: readonly RecordRow[]): Promise<void> {
  if (rows.length === 0) return;
  const column = <K extends keyof RecordRow>(key: K) => rows.map((row) => row[key]);
  await tx.$executeRaw`
    INSERT INTO dmarc_records (id, report_id, source_ip, count, disposition, dkim_aligned, spf_aligned,
      dkim_auth_pass, spf_auth_pass, header_from, envelope_from, envelope_to, dkim, spf, reasons, provider)
    SELECT r.id, ${reportId}::uuid, r.source_ip, r.count, r.disposition, r.dkim_aligned, r.spf_aligned,
      r.dkim_auth_pass, r.spf_auth_pass, r.header_from, r.envelope_from, r.envelope_to, r.dkim, r.spf,
      r.reasons, r.provider
    FROM unnest(${rows.map(() => uuidv7())}::uuid[], ${column('sourceIp')}::text[], ${column('count')}::int[], ${column('disposition')}::text[],
      ${column('dkimAligned')}::boolean[], ${column('spfAligned')}::boolean[], ${column('dkimAuthPass')}::boolean[],
      ${column('spfAuthPass')}::boolean[], ${column('headerFrom')}::text[], ${column('envelopeFrom')}::text[],
      ${column('envelopeTo')}::text[], ${column('dkim')}::jsonb[], ${column('spf')}::jsonb[],
      ${column('reasons')}::jsonb[], ${column('provider')}::text[])
      AS r(id, source_ip, count, disposition, dkim_aligned, spf_aligned, dkim_auth_pass, spf_auth_pass,
        header_from, envelope_from, envelope_to, dkim, spf, reasons, provider)`;
}

export async function insertDays(tx: Tx, reportId: string, rows: readonly DayRow[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO dmarc_report_days (report_id, day, pass, fail, quarantined, rejected)
    SELECT ${reportId}::uuid, d.day, d.pass, d.fail, d.quarantined, d.rejected
    FROM unnest(${rows.map((r) => r.day)}::date[], ${rows.map((r) => r.pass)}::bigint[],
      ${rows.map((r) => r.fail)}::bigint[], ${rows.map((r) => r.quarantined)}::bigint[],
      ${rows.map((r) => r.rejected)}::bigint[]) AS d(day, pass, fail, quarantined, rejected)`;
}

/**
 * Remembers each source address with what reverse DNS said. A known address keeps its answer
 * unless that was `unknown` (a failed lookup), which a real answer replaces; a new failure never
 * overwrites a name.
 */
export async function upsertSources(tx: Tx, answers: ReadonlyMap<string, ReverseDnsAnswer>): Promise<void> {
  if (answers.size === 0) return;
  const ips = [...answers.keys()];
  const values = [...answers.values()];
  await tx.$executeRaw`
    INSERT INTO dmarc_sources (ip, reverse_name, reverse_status, provider)
    SELECT s.ip, s.name, s.status::reverse_dns_status, s.provider
    FROM unnest(${ips}::text[], ${values.map((v) => v.name)}::text[], ${values.map((v) => v.status)}::text[],
      ${values.map((v) => recognizeProvider(v.name)?.id ?? null)}::text[]) AS s(ip, name, status, provider)
    ON CONFLICT (ip) DO UPDATE SET reverse_name = EXCLUDED.reverse_name,
      reverse_status = EXCLUDED.reverse_status, provider = EXCLUDED.provider, looked_up_at = now()
    WHERE dmarc_sources.reverse_status = 'unknown' AND EXCLUDED.reverse_status <> 'unknown'`;
}

export async function upsertLearnedSelectors(
  tx: Tx,
  selectors: ReadonlyArray<{ domain: string; selector: string }>,
  seenAt: Date,
): Promise<void> {
  if (selectors.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO dmarc_learned_selectors (domain, selector, first_seen_at, last_seen_at)
    SELECT l.domain, l.selector, ${seenAt}::timestamptz, ${seenAt}::timestamptz
    FROM unnest(${selectors.map((s) => s.domain)}::text[], ${selectors.map((s) => s.selector)}::text[])
      AS l(domain, selector)
    ON CONFLICT (domain, selector) DO UPDATE SET
      first_seen_at = least(dmarc_learned_selectors.first_seen_at, EXCLUDED.first_seen_at),
      last_seen_at = greatest(dmarc_learned_selectors.last_seen_at, EXCLUDED.last_seen_at)`;
}
