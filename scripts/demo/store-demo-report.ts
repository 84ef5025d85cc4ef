import type { AuditReport } from '@/audit/report';
import type { PrismaClient } from '@/generated/prisma/client';
import { adoptionFlags } from '@/lib/history/adoption-flags';
import { eachMetricSql, metricColumnsOf } from '@/lib/history/metric-columns';

/**
 * Stores a demo history report body as a scan stores one (lib/scans/claim-scan-results.ts: keyed by
 * the SHA-256 of its jsonb text, with the adoption flags flattened from it, an existing body reused)
 * and returns its id.
 */
export async function storeDemoReport(db: PrismaClient, body: AuditReport): Promise<bigint> {
  const [row] = await db.$queryRaw<Array<{ id: bigint }>>`
    WITH b AS (
      SELECT ${JSON.stringify(body)}::jsonb AS body, ${eachMetricSql('f.$')}
      FROM jsonb_populate_record(NULL::scan_reports, ${JSON.stringify(metricColumnsOf(adoptionFlags(body)))}::jsonb) f
    ),
    inserted AS (
      INSERT INTO scan_reports (hash, body, ${eachMetricSql('$')})
      SELECT sha256(convert_to(body::text, 'UTF8')), body, ${eachMetricSql('$')} FROM b
      ON CONFLICT (hash) DO NOTHING RETURNING id
    )
    SELECT id FROM inserted
    UNION ALL
    SELECT r.id FROM scan_reports r, b WHERE r.hash = sha256(convert_to(b.body::text, 'UTF8'))
    LIMIT 1`;
  if (!row) throw new Error('demo report not stored');
  return row.id;
}
