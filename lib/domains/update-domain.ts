import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { applyDomainGroups } from './apply-domain-groups';

export interface DomainPatch {
  tags?: string[];
  notes?: string;
  parked?: boolean;
  selectors?: string[];
  /** The domain's groups from today on (all of them: groups not listed are left). */
  groups?: string[];
}

export type UpdateDomainResult =
  | { ok: true; joined: string[]; left: string[] }
  | { ok: false; code: 'not_found' | 'group_not_found' };

/** A membership change recomputes up to a year of rollups of the groups concerned. */
const TRANSACTION_TIMEOUT_MS = 60_000;

/**
 * Changes an active domain's fields and/or groups in one transaction: fields as given, groups
 * through applyDomainGroups (past membership periods kept, rollups recomputed). Fields not in the
 * patch stay as they are. The one path for the domain page's group form and the API.
 */
export async function updateDomain(
  domainId: string,
  patch: DomainPatch,
  db: PrismaClient = prisma,
): Promise<UpdateDomainResult> {
  const { groups, ...fields } = patch;
  return db.$transaction(
    async (tx) => {
      const domain = await tx.domain.findFirst({
        where: { id: domainId, archivedAt: null },
        select: { id: true },
      });
      if (!domain) return { ok: false, code: 'not_found' } as const;
      const wanted = groups ? [...new Set(groups)] : null;
      if (wanted && (await tx.group.count({ where: { id: { in: wanted } } })) !== wanted.length)
        return { ok: false, code: 'group_not_found' } as const;
      if (Object.keys(fields).length > 0) await tx.domain.update({ where: { id: domain.id }, data: fields });
      const changes = wanted ? await applyDomainGroups(tx, domain.id, wanted) : { joined: [], left: [] };
      return { ok: true, ...changes } as const;
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}
