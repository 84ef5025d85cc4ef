import { addDays, type Day, dateColumn, dayOfDateColumn } from '@/lib/history/day-of';
import { ALL_SCOPE, type Db, refreshAdoptionRollups } from '@/lib/history/refresh-adoption-rollups';
import { moveClosedPeriod } from './move-closed-period';

const OPEN_UNTIL = '9999-12-31';

/** A rollup range a membership change invalidated. */
export interface AffectedRange {
  scope: string;
  from: Day;
}

/** Opens a period from `today` for each group (null: registration itself) the domain is not in yet. */
export async function openMemberships(
  db: Db,
  domainId: string,
  groupIds: ReadonlyArray<string | null>,
  today: Day,
): Promise<AffectedRange[]> {
  const open = await db.domainGroup.findMany({
    where: { domainId, untilDay: null },
    select: { groupId: true },
  });
  const already = new Set(open.map((m) => m.groupId));
  const missing = [...new Set(groupIds)].filter((groupId) => !already.has(groupId));
  if (missing.length === 0) return [];
  await db.domainGroup.createMany({
    data: missing.map((groupId) => ({ domainId, groupId, sinceDay: dateColumn(today) })),
  });
  return missing.map((groupId) => ({ scope: groupId ?? ALL_SCOPE, from: today }));
}

/**
 * Ends the domain's open periods in `groupIds` ('every' for all of them, registration included).
 * A domain that leaves today no longer counts today, so the last day is yesterday; a period that
 * began today then never covered a day and is deleted. Past days move to the closed period's
 * rollup rows, which keeps a cohort exact: the domain was not present for a range that goes on.
 * Returns today onwards as affected: those days are recomputed without the domain.
 */
export async function closeMemberships(
  db: Db,
  domainId: string,
  groupIds: ReadonlyArray<string | null> | 'every',
  today: Day,
): Promise<AffectedRange[]> {
  const open = await db.domainGroup.findMany({
    where: {
      domainId,
      untilDay: null,
      ...(groupIds === 'every' ? {} : { OR: groupIds.map((groupId) => ({ groupId })) }),
    },
    select: { id: true, groupId: true, sinceDay: true },
  });
  const lastDay = addDays(today, -1);
  for (const membership of open) {
    const scope = membership.groupId ?? ALL_SCOPE;
    const sinceDay = dayOfDateColumn(membership.sinceDay);
    if (sinceDay > lastDay) {
      await db.domainGroup.delete({ where: { id: membership.id } });
      continue;
    }
    await db.domainGroup.update({ where: { id: membership.id }, data: { untilDay: dateColumn(lastDay) } });
    await moveClosedPeriod(db, { domainId, scope, sinceDay, untilDay: lastDay });
  }
  return open.map((m) => ({ scope: m.groupId ?? ALL_SCOPE, from: today }));
}

/** Recomputes each affected scope from its earliest affected day on (days with data never pass today). */
export async function refreshAffected(db: Db, affected: AffectedRange[]): Promise<void> {
  const earliest = new Map<string, Day>();
  for (const { scope, from } of affected) {
    const known = earliest.get(scope);
    if (known === undefined || from < known) earliest.set(scope, from);
  }
  for (const [scope, from] of earliest)
    await refreshAdoptionRollups(db, { scopes: [scope], from, to: OPEN_UNTIL });
}
