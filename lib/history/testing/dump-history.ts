/**
 * Every history table of a database as plain, comparable data: ids become labels (domain names,
 * group names, `run<N>`, `run<N>/<domain>`), generated ids and database clock columns are dropped,
 * and rows are sorted, so two writers fed the same input can be compared with toEqual.
 */
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { kensaTimeZone } from '@/lib/i18n/format';
import { eachMetricSql } from '../metric-columns';
import { recordedScanSql } from '../scan-day-sql';

const TABLES = [
  'scan_runs',
  'domain_scans',
  'domain_scan_findings',
  'dkim_keys',
  'domain_events',
  'domain_current_state',
  'domain_daily_status',
  'adoption_rollups',
] as const;

/**
 * Columns generated or set from the database's clock, not from the input;
 * and how a report is stored (report, report_hash, report_id, checked_at), which changed after the golden.
 */
const DROPPED = new Set([
  'id',
  'created_at',
  'updated_at',
  'started_at',
  'report',
  'report_hash',
  'report_id',
  'checked_at',
]);

/**
 * Run numbers, internal keys of the scans (their run and domain): a table that references a scan
 * is read back with the scan's label in the column the golden has (`domain_scan_id`…) instead.
 */
const RUN_NUMBERS = new Set([
  'number',
  'run_number',
  'previous_run_number',
  'last_run_number',
  'complete_run_number',
]);

/** The scan of run number `runNumber` and domain `domainId` (SQL expressions), as idLabels names it. */
function scanKey(runNumber: string, domainId: string): Prisma.Sql {
  return Prisma.sql`((SELECT k.id::text FROM scan_runs k WHERE k.number = ${Prisma.raw(runNumber)}) || '/' || ${Prisma.raw(domainId)}::text)`;
}

/**
 * Daily status as the per-day writer stored it, read from the change points the writer keeps: one
 * row per domain and day with a recorded scan, with the status in force that day (the latest row
 * on or before it, as every reader takes it) and the day's scan as the per-day writer kept it (the
 * last complete one, else the first). A point whose scan has another report than the day's
 * complete scan keeps its own scan, so a wrong report pointer shows in the comparison.
 */
function dailyStatusDays(timeZone: string): Prisma.Sql {
  const dayOfScan = Prisma.sql`(o.finished_at AT TIME ZONE ${timeZone})::date`;
  return Prisma.sql`WITH days AS (
      SELECT DISTINCT o.domain_id, ${dayOfScan} AS day FROM domain_scans o WHERE ${recordedScanSql('o')}
    )
    SELECT x.*, ${scanKey('x.run_number', 'x.domain_id')} AS domain_scan_id
    FROM days d
    JOIN LATERAL (
      SELECT * FROM domain_daily_status s WHERE s.domain_id = d.domain_id AND s.day <= d.day
      ORDER BY s.day DESC LIMIT 1
    ) st ON true
    LEFT JOIN domain_scans own ON own.run_number = st.run_number AND own.domain_id = st.domain_id
    JOIN LATERAL (
      SELECT o.run_number, o.status, o.report_id FROM domain_scans o
      WHERE o.domain_id = d.domain_id AND ${dayOfScan} = d.day AND ${recordedScanSql('o')}
      ORDER BY o.status = 'complete' DESC,
        CASE WHEN o.status = 'complete' THEN o.finished_at END DESC, o.finished_at
      LIMIT 1
    ) pick ON true
    CROSS JOIN LATERAL jsonb_populate_record(NULL::domain_daily_status, to_jsonb(st) || jsonb_build_object(
      'day', d.day,
      'run_number', CASE WHEN (st.unknown AND pick.status <> 'complete')
        OR (NOT st.unknown AND pick.status = 'complete' AND pick.report_id = own.report_id)
        THEN pick.run_number ELSE st.run_number END)) x`;
}

/**
 * How a table is read: whole, except a scan's adoption flags and findings, which are stored once per
 * report body (scan_reports, scan_report_findings) and read back per scan through its body, as
 * the readers join them (a failed scan, without a body, has every flag unknown), and daily status,
 * stored as change points and read back per day.
 */
const SOURCES: Partial<Record<(typeof TABLES)[number], () => Prisma.Sql>> = {
  domain_scans: () => Prisma.sql`SELECT run.id AS run_id, s.domain_id, s.status, s.error, s.queries,
      s.started_at, s.finished_at, ${eachMetricSql('r.$')}, s.checked_at, s.report_id
    FROM domain_scans s JOIN scan_runs run ON run.number = s.run_number
    LEFT JOIN scan_reports r ON r.id = s.report_id`,
  domain_scan_findings: () => Prisma.sql`SELECT ${scanKey('s.run_number', 's.domain_id')} AS domain_scan_id,
      f.finding_id, f.severity
    FROM domain_scans s JOIN scan_reports r ON r.id = s.report_id
    JOIN scan_report_findings f ON f.report_hash = r.hash`,
  domain_events: () => Prisma.sql`SELECT e.id, e.domain_id,
      ${scanKey('e.run_number', 'e.domain_id')} AS domain_scan_id,
      ${scanKey('e.previous_run_number', 'e.domain_id')} AS previous_scan_id,
      e.kind, e.subject, e.detail, e.created_at
    FROM domain_events e`,
  domain_current_state: () => Prisma.sql`SELECT c.*,
      ${scanKey('c.last_run_number', 'c.domain_id')} AS last_scan_id,
      ${scanKey('c.complete_run_number', 'c.domain_id')} AS complete_scan_id
    FROM domain_current_state c`,
  domain_daily_status: () => dailyStatusDays(kensaTimeZone()),
};

export type HistoryDump = Record<(typeof TABLES)[number], unknown[]>;

/**
 * Labels for every id the input creates: domains, groups, runs (in creation order) and scans (keyed
 * `<run id>/<domain id>`, as scanKey reads them).
 */
async function idLabels(db: PrismaClient): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  for (const d of await db.domain.findMany({ select: { id: true, ascii: true } })) labels.set(d.id, d.ascii);
  for (const g of await db.group.findMany({ select: { id: true, name: true } }))
    labels.set(g.id, `group:${g.name}`);
  const runs = await db.scanRun.findMany({ orderBy: { createdAt: 'asc' }, select: { id: true } });
  for (const [i, run] of runs.entries()) labels.set(run.id, `run${i + 1}`);
  const scans = await db.domainScan.findMany({
    select: { run: { select: { id: true } }, domain: { select: { id: true, ascii: true } } },
  });
  for (const s of scans)
    labels.set(`${s.run.id}/${s.domain.id}`, `${labels.get(s.run.id)}/${s.domain.ascii}`);
  return labels;
}

function withoutRunNumbers(row: unknown): unknown {
  return Object.fromEntries(Object.entries(row as object).filter(([key]) => !RUN_NUMBERS.has(key)));
}

function relabel(value: unknown, labels: Map<string, string>): unknown {
  if (typeof value === 'string') return labels.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => relabel(v, labels));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !DROPPED.has(key))
        .map(([key, v]) => [key, relabel(v, labels)]),
    );
  }
  return value;
}

/** Reads every history table whole: for small test databases only. */
export async function dumpHistory(db: PrismaClient): Promise<HistoryDump> {
  const labels = await idLabels(db);
  const dump = {} as HistoryDump;
  for (const table of TABLES) {
    const source = SOURCES[table]?.() ?? Prisma.sql`SELECT * FROM ${Prisma.raw(table)}`;
    const rows = await db.$queryRaw<Array<{ row: unknown }>>`SELECT row_to_json(t) AS row FROM (${source}) t`;
    dump[table] = rows
      .map((r) => relabel(withoutRunNumbers(r.row), labels))
      .map((row) => ({ key: JSON.stringify(row), row }))
      .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
      .map(({ row }) => row);
  }
  return dump;
}
