import type { PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import { CURRENT_GROUPS_SELECT, currentGroups } from '@/lib/queries/current-groups';
import { DOMAIN_STATE_SELECT, type DomainStateRow, toDomainStateRow } from './domain-state-row';
import { visibleDomains } from './visible';

export interface DomainState extends DomainStateRow {
  selectors: string[];
  notes: string;
  groups: Array<{ id: string; name: string }>;
  lastScanStatus: string | null;
  createdAt: Date;
}

/**
 * One active domain as the domains table shows it, with what the API's clients edit (selectors,
 * notes, groups). Reads domain_current_state, not the history; null for an unknown or archived id.
 */
export async function getDomainState(
  viewer: Viewer,
  id: string,
  db: PrismaClient = prisma,
): Promise<DomainState | null> {
  readAs(viewer);
  if (!isUuid(id)) return null;
  const domain = await db.domain.findFirst({
    where: { id, archivedAt: null, ...visibleDomains(viewer) },
    select: {
      ...DOMAIN_STATE_SELECT,
      selectors: true,
      notes: true,
      createdAt: true,
      memberships: CURRENT_GROUPS_SELECT,
    },
  });
  if (!domain) return null;
  const { selectors, notes, createdAt, memberships, ...state } = domain;
  return {
    ...toDomainStateRow(state),
    selectors,
    notes,
    createdAt,
    lastScanStatus: state.currentState?.lastScanStatus ?? null,
    groups: currentGroups(memberships),
  };
}
