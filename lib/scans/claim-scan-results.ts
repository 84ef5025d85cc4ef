import { createHash } from 'node:crypto';
import type { Prisma } from '@/generated/prisma/client';
import type { AdoptionFlags } from '@/lib/history/adoption-flags';
import { eachMetricSql, metricColumnsOf } from '@/lib/history/metric-columns';

/** A result whose work-list item this batch took: its report body's hash and whether it was new. */
export interface ClaimedResult {
  domainId: string;
  /** Hex SHA-256 of the report body; null for a failed result (no report). */
  hash: string | null;
  /** This batch stored the body first: its findings are written with it. */
  newReport: boolean;
}

/**
 * Takes the results' domains off the run's work list (scan_run_items) and stores the report bodies
 * of exactly those, once per content (keyed by the SHA-256 of the jsonb text, so PostgreSQL's
 * canonical key order decides), with the adoption flags flattened from them (a pure function of
 * the body: every scan of it has the same, so they are stored with it, not per scan). A domain
 * whose item is gone (stored by another job of the chunk, or cancelled) is not returned; a second
 * batch of the same domains waits on the first's row locks, then finds the items gone. Bodies are
 * referenced by id: the caller resolves them by hash in its next statement, which sees a body
 * another transaction stored meanwhile.
 *
 * Most bodies of a rescan are stored already, so they are first looked up by the SHA-256 of the
 * JSON text this worker made of them (`text_key`), and only the bodies not found are sent —
 * sending, parsing and hashing every body (about 1.2 MB per batch of 250) was most of a batch's
 * cost. A body found by content but not by that key (stored before the key existed, or printed
 * with its keys in another order by another release) gets this key, so the next rescan finds it.
 */
export async function claimScanResults(
  tx: Prisma.TransactionClient,
  runId: string,
  results: ReadonlyArray<{ domain_id: string; body: object | null; flags: AdoptionFlags }>,
): Promise<ClaimedResult[]> {
  const texts = results.map((result) => (result.body === null ? null : JSON.stringify(result.body)));
  const keys = texts.map((text) => (text === null ? null : createHash('sha256').update(text).digest('hex')));
  const known = await knownBodies(tx, keys);
  const rows = results.map(({ domain_id, flags }, i) => {
    const key = keys[i] ?? null;
    const hash = key === null ? null : (known.get(key) ?? null);
    const row = JSON.stringify({ domain_id, key, hash, ...metricColumnsOf(flags) });
    const text = texts[i] ?? null;
    // Only bodies not found are sent, as the very text that was hashed (not stringified again).
    return hash !== null || text === null ? row : `${row.slice(0, -1)},"body":${text}}`;
  });
  const claimed = await tx.$queryRaw<Array<{ domain_id: string; hash: string | null; new_report: boolean }>>`
    WITH v AS (
      SELECT * FROM jsonb_to_recordset(${`[${rows.join(',')}]`}::jsonb)
        AS v(domain_id uuid, key text, hash text, body jsonb, ${eachMetricSql('$ boolean')})
    ),
    claimed AS (
      DELETE FROM scan_run_items i USING v
      WHERE i.run_id = ${runId}::uuid AND i.domain_id = v.domain_id
      RETURNING i.domain_id
    ),
    fresh AS (
      SELECT *, sha256(convert_to(body::text, 'UTF8')) AS content_hash FROM v
      WHERE body IS NOT NULL AND domain_id IN (SELECT domain_id FROM claimed)
    ),
    bodies AS (
      INSERT INTO scan_reports (hash, text_key, body, ${eachMetricSql('$')})
      SELECT DISTINCT ON (content_hash) content_hash, decode(key, 'hex'), body, ${eachMetricSql('$')}
      FROM fresh ORDER BY content_hash
      ON CONFLICT (hash) DO UPDATE SET text_key = EXCLUDED.text_key
        WHERE scan_reports.text_key IS DISTINCT FROM EXCLUDED.text_key
      -- xmax is 0 only in a row version this statement inserted, not one it updated.
      RETURNING hash, xmax = 0 AS inserted
    )
    SELECT v.domain_id::text, coalesce(v.hash, encode(f.content_hash, 'hex')) AS hash,
      coalesce(f.content_hash IN (SELECT hash FROM bodies WHERE inserted), false) AS new_report
    FROM v JOIN claimed USING (domain_id) LEFT JOIN fresh f USING (domain_id)`;
  return claimed.map((row) => ({ domainId: row.domain_id, hash: row.hash, newReport: row.new_report }));
}

/** The content hashes (hex) of the stored bodies this worker's text keys find, by key. */
async function knownBodies(tx: Prisma.TransactionClient, keys: ReadonlyArray<string | null>) {
  const wanted = keys.filter((key): key is string => key !== null);
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await tx.$queryRaw<Array<{ key: string; hash: string }>>`
    SELECT encode(text_key, 'hex') AS key, encode(hash, 'hex') AS hash FROM scan_reports
    WHERE text_key IN (SELECT decode(k, 'hex') FROM unnest(${wanted}::text[]) AS k)`;
  return new Map(rows.map((row) => [row.key, row.hash]));
}
