import type pg from 'pg';

/**
 * A completed scan of `domainId` carrying `report`, in a run of its own, stored as the scan writer
 * stores it (the body once per content in scan_reports, keyed by the SHA-256 of its jsonb text, and
 * referenced from the scan row by id): for tests that need a report no DNS zone could serve. Returns the
 * scan's run number (with the domain id, the scan's key).
 */
export async function insertCompletedScan(db: pg.Client, domainId: string, report: unknown): Promise<number> {
  const run = await db.query<{ number: number }>(
    `INSERT INTO scan_runs (id, trigger, scope, status, total, done)
     VALUES (gen_random_uuid(), 'manual', '{"kind":"domain"}', 'complete', 1, 1) RETURNING number`,
  );
  const scan = await db.query<{ run_number: number }>(
    `WITH body AS (
       INSERT INTO scan_reports (hash, body) SELECT sha256(convert_to($3::jsonb::text, 'UTF8')), $3::jsonb
       ON CONFLICT (hash) DO UPDATE SET hash = EXCLUDED.hash RETURNING id
     )
     INSERT INTO domain_scans (run_number, domain_id, status, report_id, finished_at)
     SELECT $1, $2, 'complete', id, now() FROM body RETURNING run_number`,
    [run.rows[0]?.number, domainId, JSON.stringify(report)],
  );
  const runNumber = scan.rows[0]?.run_number;
  if (runNumber === undefined) throw new Error('the scan row was not stored');
  return runNumber;
}
