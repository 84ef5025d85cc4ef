import type { PrismaClient } from '@/generated/prisma/client';
import { changedFields } from '@/lib/audit-log/changed-fields';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
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

/** Groups as the audit log shows them: names for people, ids for what stays true after a rename. */
const groupList = (groups: Array<{ id: string; name: string }>) =>
  groups.map(({ id, name }) => ({ id, name })).sort((a, b) => a.id.localeCompare(b.id));

/**
 * Changes an active domain's fields and/or groups in one transaction: fields as given, groups
 * through applyDomainGroups (past membership periods kept, rollups recomputed). Fields not in the
 * patch stay as they are. The one path for the domain page's group form and the API. The fields
 * and groups that did change are recorded as `domain.update` in the same transaction.
 */
export async function updateDomain(
  domainId: string,
  patch: DomainPatch,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<UpdateDomainResult> {
  const { groups, ...fields } = patch;
  return db.$transaction(
    async (tx) => {
      const domain = await tx.domain.findFirst({
        where: { id: domainId, archivedAt: null },
        select: {
          id: true,
          unicode: true,
          tags: true,
          notes: true,
          parked: true,
          selectors: true,
          memberships: { where: { untilDay: null, groupId: { not: null } }, select: { group: true } },
        },
      });
      if (!domain) return { ok: false, code: 'not_found' } as const;
      const wanted = groups ? [...new Set(groups)] : null;
      const wantedGroups = wanted ? await tx.group.findMany({ where: { id: { in: wanted } } }) : [];
      if (wanted && wantedGroups.length !== wanted.length)
        return { ok: false, code: 'group_not_found' } as const;
      if (Object.keys(fields).length > 0) await tx.domain.update({ where: { id: domain.id }, data: fields });
      const changes = wanted ? await applyDomainGroups(tx, domain.id, wanted) : { joined: [], left: [] };
      const { id, unicode, memberships, ...stored } = domain;
      const current = groupList(memberships.flatMap((m) => (m.group ? [m.group] : [])));
      const diff = changedFields(
        { ...stored, groups: current },
        { ...fields, ...(wanted ? { groups: groupList(wantedGroups) } : {}) },
      );
      if (diff)
        await recordAuditEvent(
          actor,
          { action: 'domain.update', target: { type: 'domain', id, label: unicode }, ...diff },
          tx,
        );
      return { ok: true, ...changes } as const;
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}
