import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';
import { DOMAIN_STATE_FROM, type DomainSelection, domainSelectionSql } from './domain-selection-sql';

/**
 * The ids of up to `limit` domains a selection matches, by ASCII name after `after` (a keyset on
 * the unique index, never OFFSET), for the API and the exports, which then read the rows by id
 * (find-domains-in-order.ts).
 */
export async function selectDomainIdsAfter(
  db: PrismaClient,
  viewer: Viewer,
  selection: DomainSelection,
  after: string | null,
  limit: number,
): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT d.id FROM ${DOMAIN_STATE_FROM}
    WHERE ${domainSelectionSql(viewer, selection)} ${after === null ? Prisma.empty : Prisma.sql`AND d.ascii > ${after}`}
    ORDER BY d.ascii LIMIT ${limit}`;
  return rows.map((row) => row.id);
}
