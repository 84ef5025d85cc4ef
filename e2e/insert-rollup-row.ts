import type pg from 'pg';

/** The metric columns of adoption_rollups (lib/history/metric-columns.ts), for rows a spec writes. */
export const METRIC_COLUMNS = [
  'spf_published',
  'spf_valid',
  'dkim_published',
  'dmarc_published',
  'dmarc_enforcing',
  'adsp_published',
  'sender_id_published',
  'null_mx',
  'mta_sts_enforcing',
  'tls_rpt_published',
  'bimi_published',
  'dnssec_signed',
  'dane_on_mx',
  'starttls_offered',
] as const;

export interface RollupRow {
  scope: string;
  day: string;
  domains: number;
  unknown: number;
  /** Adopted counts by column; the others are 0. */
  adopted: Partial<Record<(typeof METRIC_COLUMNS)[number], number>>;
  /** Unknown counts by column; the others are `unknown`. */
  unknownOf?: Partial<Record<(typeof METRIC_COLUMNS)[number], number>>;
}

/** One open-period rollup row (members since 2026-01-01), as refreshAdoptionRollups would write it. */
export async function insertRollupRow(db: pg.Client, row: RollupRow): Promise<void> {
  const columns = METRIC_COLUMNS.flatMap((c) => [c, `${c}_unknown`]);
  const values = METRIC_COLUMNS.flatMap((c) => [row.adopted[c] ?? 0, row.unknownOf?.[c] ?? row.unknown]);
  const placeholders = values.map((_, i) => `$${i + 5}`).join(', ');
  await db.query(
    `INSERT INTO adoption_rollups (scope, day, since_day, until_day, domains, unknown, ${columns.join(', ')})
     VALUES ($1, $2, '2026-01-01', '9999-12-31', $3, $4, ${placeholders})`,
    [row.scope, row.day, row.domains, row.unknown, ...values],
  );
}
