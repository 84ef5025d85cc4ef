/**
 * Every history table of a database as plain, comparable data: ids become labels (domain names,
 * group names, `run<N>`, `run<N>/<domain>`), generated ids and database clock columns are dropped,
 * and rows are sorted, so two writers fed the same input can be compared with toEqual.
 */
import type { PrismaClient } from '@/generated/prisma/client';

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
 * and how a report is stored (report, report_hash, checked_at), which changed after the golden.
 */
const DROPPED = new Set([
  'id',
  'created_at',
  'updated_at',
  'started_at',
  'report',
  'report_hash',
  'checked_at',
]);

/**
 * How a table is read: whole, except per-scan findings, which are stored once per report body
 * (scan_report_findings) and read back per scan through its hash, as count-findings-at joins them.
 */
const SOURCES: Partial<Record<(typeof TABLES)[number], string>> = {
  domain_scan_findings: `SELECT s.id AS domain_scan_id, f.finding_id, f.severity
    FROM domain_scans s JOIN scan_report_findings f ON f.report_hash = s.report_hash`,
};

export type HistoryDump = Record<(typeof TABLES)[number], unknown[]>;

/** Labels for every id the input creates: domains, groups, runs (in creation order) and scans. */
async function idLabels(db: PrismaClient): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  for (const d of await db.domain.findMany({ select: { id: true, ascii: true } })) labels.set(d.id, d.ascii);
  for (const g of await db.group.findMany({ select: { id: true, name: true } }))
    labels.set(g.id, `group:${g.name}`);
  const runs = await db.scanRun.findMany({ orderBy: { createdAt: 'asc' }, select: { id: true } });
  for (const [i, run] of runs.entries()) labels.set(run.id, `run${i + 1}`);
  const scans = await db.domainScan.findMany({
    select: { id: true, runId: true, domain: { select: { ascii: true } } },
  });
  for (const s of scans) labels.set(s.id, `${labels.get(s.runId)}/${s.domain.ascii}`);
  return labels;
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
    const rows = await db.$queryRawUnsafe<Array<{ row: unknown }>>(
      `SELECT row_to_json(t) AS row FROM ${SOURCES[table] ? `(${SOURCES[table]})` : table} t`,
    );
    dump[table] = rows
      .map((r) => relabel(r.row, labels))
      .map((row) => ({ key: JSON.stringify(row), row }))
      .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
      .map(({ row }) => row);
  }
  return dump;
}
