/**
 * For benches and plan tests: the domain_current_state a scan would leave for every registered
 * domain, written in one set-based statement (seconds at 100,000 domains instead of a 27-minute
 * scan). Each domain's findings are drawn from a hash of its name, so a domain gets the same state
 * in every database, with the finding mix measured on 10,000 scanned synthetic domains
 * (docs/scale.md): dkim.none-found 80 %, dmarc.missing 39 %, dmarc.policy-none 30 %, mx.none 14 %,
 * spf.missing 10 %, dmarc.rua-unauthorized 8 %, and 20 rarer findings at 0.5–5 % each.
 */

import { FINDINGS, type FindingId } from '@/audit/findings/catalog';
import type { PrismaClient } from '@/generated/prisma/client';

/** Percent of domains with each finding, the common ones as measured. */
const MEASURED: Partial<Record<FindingId, number>> = {
  'dkim.none-found': 80,
  'dmarc.missing': 39,
  'dmarc.policy-none': 30,
  'mx.none': 14,
  'spf.missing': 10,
  'dmarc.rua-unauthorized': 8,
  'spf.plus-all': 2,
};
const RARE_SHARES = [0.5, 1, 2, 3, 5];
const RARE_COUNT = 20;

/** (finding id, basis points of domains, severity) for every finding the synthetic states carry. */
export function syntheticFindingShares(): Array<{ id: string; bp: number; severity: string }> {
  const ids = Object.keys(FINDINGS).sort() as FindingId[];
  const rare = ids.filter((id) => MEASURED[id] === undefined).slice(0, RARE_COUNT);
  const share = (id: FindingId) =>
    MEASURED[id] ?? (RARE_SHARES[rare.indexOf(id) % RARE_SHARES.length] as number);
  return [...ids.filter((id) => MEASURED[id] !== undefined), ...rare].map((id) => ({
    id,
    bp: Math.round(share(id) * 100),
    severity: FINDINGS[id].severity,
  }));
}

/**
 * Writes (or overwrites) the current state of every domain: 97 % scanned complete in the last day,
 * 1 % stale after a partial scan, 2 % never scanned (left without a result). Returns rows written.
 * The states name run number 0, which no run has (numbers start at 1): no stored scan behind them.
 */
export async function fillSyntheticCurrentState(db: PrismaClient): Promise<number> {
  const shares = syntheticFindingShares();
  const written = await db.$executeRaw`
    WITH f AS (
      SELECT * FROM unnest(${shares.map((s) => s.id)}::text[], ${shares.map((s) => s.bp)}::int[],
        ${shares.map((s) => s.severity)}::text[]) AS f(id, bp, severity)
    ), drawn AS (
      SELECT d.id, d.parked, abs(hashtext(d.ascii)) % 10000 AS h,
        ARRAY(SELECT f.id FROM f WHERE abs(hashtext(d.ascii || f.id)) % 10000 < f.bp ORDER BY f.id) AS ids
      FROM domains d
    ), scanned AS (
      SELECT drawn.*, (SELECT count(*) FROM f WHERE f.id = ANY(drawn.ids) AND f.severity = 'error')::int AS errors,
        (SELECT count(*) FROM f WHERE f.id = ANY(drawn.ids) AND f.severity = 'warning')::int AS warnings
      FROM drawn WHERE h >= 200
    )
    INSERT INTO domain_current_state AS c (domain_id, last_run_number, last_scan_at, last_scan_status,
      complete_run_number, complete_at, stale, stale_reason, spf_published, spf_valid, dkim_published,
      dmarc_published, dmarc_enforcing, adsp_published, sender_id_published, null_mx, finding_ids,
      errors, warnings, updated_at)
    SELECT id, 0, now() - make_interval(secs => h * 8), CASE WHEN h < 300 THEN 'partial' ELSE 'complete' END,
      0, now() - make_interval(secs => h * 8 + 86400), h < 300,
      CASE WHEN h < 300 THEN 'DNS timeout for _dmarc TXT' END,
      NOT 'spf.missing' = ANY(ids), NOT ('spf.missing' = ANY(ids) OR 'spf.syntax-error' = ANY(ids)),
      NOT 'dkim.none-found' = ANY(ids), NOT 'dmarc.missing' = ANY(ids),
      NOT ('dmarc.missing' = ANY(ids) OR 'dmarc.policy-none' = ANY(ids)), h % 100 = 7, h % 50 = 9, parked,
      ids, errors, warnings, now()
    FROM scanned
    ON CONFLICT (domain_id) DO UPDATE SET last_run_number = EXCLUDED.last_run_number,
      last_scan_at = EXCLUDED.last_scan_at, last_scan_status = EXCLUDED.last_scan_status,
      complete_run_number = EXCLUDED.complete_run_number, complete_at = EXCLUDED.complete_at,
      stale = EXCLUDED.stale, stale_reason = EXCLUDED.stale_reason,
      spf_published = EXCLUDED.spf_published, spf_valid = EXCLUDED.spf_valid,
      dkim_published = EXCLUDED.dkim_published, dmarc_published = EXCLUDED.dmarc_published,
      dmarc_enforcing = EXCLUDED.dmarc_enforcing, adsp_published = EXCLUDED.adsp_published,
      sender_id_published = EXCLUDED.sender_id_published, null_mx = EXCLUDED.null_mx,
      finding_ids = EXCLUDED.finding_ids, errors = EXCLUDED.errors, warnings = EXCLUDED.warnings,
      updated_at = now()`;
  // As autovacuum would leave them: statistics for the planner, the visibility map for index-only scans.
  await db.$executeRaw`VACUUM ANALYZE domains, domain_groups, domain_current_state`;
  return written;
}
