import type { PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { type Grade, gradeOfFindingIds } from '@/lib/findings/compute-grade';
import { CURRENT_GROUPS_SELECT, currentGroups } from '@/lib/queries/current-groups';
import type { DomainSelection } from '@/lib/queries/domain-selection-sql';
import { DOMAIN_STATE_SELECT, type DomainStateRow, toDomainStateRow } from '@/lib/queries/domain-state-row';
import { findDomainsInOrder } from '@/lib/queries/find-domains-in-order';
import { type DomainComplianceCell, listComplianceOfDomains } from '@/lib/queries/list-compliance-of-domains';
import { selectDomainIdsAfter } from '@/lib/queries/select-domain-ids-after';

/** A domains-table row with what an export adds: the current groups, the grade and compliance. */
export interface DomainExportRow extends DomainStateRow {
  groups: string[];
  grade: Grade | null;
  /** Against each profile the domain's current groups follow (issue 16). */
  compliance: DomainComplianceCell[];
}

export interface ReadBatchesOptions {
  db?: PrismaClient;
  /** Domains per query; each batch is one round of queries and is written out before the next. */
  batchSize?: number;
  /** Stops reading (between batches) when the client goes away. */
  signal?: AbortSignal;
}

export const EXPORT_BATCH_SIZE = 1_000;

const EXPORT_SELECT = { ...DOMAIN_STATE_SELECT, memberships: CURRENT_GROUPS_SELECT };

async function readBatch(
  db: PrismaClient,
  viewer: Viewer,
  filter: DomainSelection,
  after: string | null,
  limit: number,
) {
  const ids = await selectDomainIdsAfter(db, viewer, filter, after, limit);
  return findDomainsInOrder(db, ids, EXPORT_SELECT);
}

/**
 * The domains the table's filter selects, in batches ordered by ASCII name, read by keyset
 * (`ascii > last`, the unique index) rather than OFFSET: each batch costs the same at domain
 * 100,000 as at domain 1, and a domain registered or removed meanwhile cannot shift the window
 * so that another is exported twice or skipped. The table's sort and page are ignored.
 */
export async function* readDomainExportBatches(
  viewer: Viewer,
  filter: DomainSelection,
  { db = prisma, batchSize = EXPORT_BATCH_SIZE, signal }: ReadBatchesOptions = {},
): AsyncGenerator<DomainExportRow[]> {
  readAs(viewer);
  let after: string | null = null;
  while (!signal?.aborted) {
    const domains = await readBatch(db, viewer, filter, after, batchSize);
    if (domains.length === 0 || signal?.aborted) return;
    const compliance = await listComplianceOfDomains(
      db,
      viewer,
      domains.map((d) => d.id),
    );
    yield domains.map(({ memberships, ...domain }) => {
      const row = toDomainStateRow(domain);
      return {
        ...row,
        groups: currentGroups(memberships).map((g) => g.name),
        grade: row.scanned ? gradeOfFindingIds(row.findingIds).grade : null,
        compliance: compliance.get(row.id) ?? [],
      };
    });
    if (domains.length < batchSize) return;
    after = domains.at(-1)?.ascii ?? null;
  }
}
