import type { Prisma } from '@/generated/prisma/client';
import { uuidv7s } from '@/lib/import/uuid-v7';
import type { ReverseDnsAnswer } from './look-up-reverse-names';
import type { DayRow, RecordRow } from './report-rows';
import { recognizeProvider } from './sending-providers';

type Tx = Prisma.TransactionClient;

/**
 * A report's records in one statement: the rows as one JSON parameter read by json_to_recordset.
 * Column arrays (unnest) cost PostgreSQL far more to parse (a jsonb[] of 100,000 elements ~6 s of
 * CPU), and an id drawn per row from randomBytes seconds more (bench/dmarc-store.bench.ts).
 */
export async function insertRecords(tx: Tx, reportId: string, rows: readonly RecordRow[]): Promise<void> {
  if (rows.length === 0) return;
  const ids = uuidv7s(rows.length);
  const batch = JSON.stringify(rows.map((row, i) => ({ ...row, id: ids[i] })));
  await tx.$executeRaw`
    INSERT INTO dmarc_records (id, report_id, source_ip, count, disposition, dkim_aligned, spf_aligned,
      dkim_auth_pass, spf_auth_pass, header_from, envelope_from, envelope_to, dkim, spf, reasons, provider)
    SELECT r.id, ${reportId}::uuid, r."sourceIp", r.count, r.disposition, r."dkimAligned", r."spfAligned",
      r."dkimAuthPass", r."spfAuthPass", r."headerFrom", r."envelopeFrom", r."envelopeTo", r.dkim::jsonb,
      r.spf::jsonb, r.reasons::jsonb, r.provider
    FROM json_to_recordset(${batch}::json) AS r(id uuid, "sourceIp" text, count int, disposition text,
      "dkimAligned" boolean, "spfAligned" boolean, "dkimAuthPass" boolean, "spfAuthPass" boolean,
      "headerFrom" text, "envelopeFrom" text, "envelopeTo" text, dkim text, spf text, reasons text,
      provider text)`;
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
