import { uuidv7 } from '@/lib/import/uuid-v7';
import type { Db } from './refresh-adoption-rollups';
import { recordset, type StoredScan } from './scan-outcome';

/**
 * The DKIM keys complete scans saw: new ones inserted, known ones' last_seen_at moved on. Complete
 * scans only: a partial one may have missed a selector, which is no evidence of absence.
 */
export async function writeDkimKeys(db: Db, scans: readonly StoredScan[]): Promise<void> {
  const seen = new Map<string, object>();
  for (const scan of scans) {
    if (scan.outcome.status !== 'complete') continue;
    for (const key of scan.outcome.report.dkim.keys) {
      if (key.fingerprint === null) continue;
      seen.set(`${scan.domainId} ${key.selector} ${key.fingerprint}`, {
        id: uuidv7(),
        domain_id: scan.domainId,
        selector: key.selector,
        fingerprint: key.fingerprint,
        type: key.type,
        bits: key.bits,
        seen_at: scan.finishedAt,
      });
    }
  }
  if (seen.size === 0) return;
  // Sorted, so two batches touching the same keys lock them in one order.
  const rows = recordset([...seen.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, row]) => row));
  await db.$executeRaw`
    WITH seen AS (
      SELECT * FROM jsonb_to_recordset(${rows}::jsonb) AS s(id uuid, domain_id uuid, selector text,
        fingerprint text, type text, bits int, seen_at timestamptz)
    ),
    added AS (
      INSERT INTO dkim_keys (id, domain_id, selector, fingerprint, type, bits, first_seen_at, last_seen_at)
      SELECT id, domain_id, selector, fingerprint, type, bits, seen_at, seen_at FROM seen
      ON CONFLICT (domain_id, selector, fingerprint) DO NOTHING
      RETURNING 1
    )
    UPDATE dkim_keys k SET last_seen_at = greatest(k.last_seen_at, seen.seen_at)
    FROM seen
    WHERE k.domain_id = seen.domain_id AND k.selector = seen.selector AND k.fingerprint = seen.fingerprint`;
}
