import { dateColumn, dayOf } from '@/lib/history/day-of';
import type { AffectedRange } from '@/lib/history/membership-periods';
import { refreshAffected } from '@/lib/history/membership-periods';
import { ALL_SCOPE, type Db } from '@/lib/history/refresh-adoption-rollups';
import type { ImportPlan } from './plan-import';

const CHUNK = 1000;

/**
 * Writes a plan inside the caller's transaction, in chunks: groups by name, new domains with
 * createMany, changed fields one update each, then the membership periods that are not open yet
 * (registration and groups, from today, as lib/history/register-domain does one at a time), and
 * finally the adoption rollups of the scopes that gained members today.
 */
export async function writeImport(db: Db, plan: ImportPlan, now = new Date()): Promise<void> {
  const today = dayOf(now);
  if (plan.newGroups.length > 0)
    await db.group.createMany({ data: plan.newGroups.map((name) => ({ name })), skipDuplicates: true });
  for (let i = 0; i < plan.create.length; i += CHUNK)
    await db.domain.createMany({ data: plan.create.slice(i, i + CHUNK), skipDuplicates: true });
  for (const { id, data } of plan.update)
    if (Object.keys(data).length > 0) await db.domain.update({ where: { id }, data });

  const names = [...new Set([...plan.groupsByDomain.values()].flat())];
  const groups = await db.group.findMany({
    where: { name: { in: names } },
    select: { id: true, name: true },
  });
  const groupId = new Map(groups.map((g) => [g.name, g.id]));
  const touched = [...plan.create.map((d) => d.ascii), ...plan.groupsByDomain.keys()];
  const asciiSet = [...new Set(touched)];
  const affected: AffectedRange[] = [];
  for (let i = 0; i < asciiSet.length; i += CHUNK) {
    const domains = await db.domain.findMany({
      where: { ascii: { in: asciiSet.slice(i, i + CHUNK) } },
      select: {
        id: true,
        ascii: true,
        memberships: { where: { untilDay: null }, select: { groupId: true } },
      },
    });
    const rows: Array<{ domainId: string; groupId: string | null; sinceDay: Date }> = [];
    for (const domain of domains) {
      const open = new Set(domain.memberships.map((m) => m.groupId));
      const wanted = [
        null,
        ...(plan.groupsByDomain.get(domain.ascii) ?? []).map((n) => groupId.get(n) ?? null),
      ];
      for (const id of new Set(wanted)) {
        if (open.has(id)) continue;
        rows.push({ domainId: domain.id, groupId: id, sinceDay: dateColumn(today) });
        if (id) affected.push({ scope: id, from: today });
      }
    }
    if (rows.length > 0) await db.domainGroup.createMany({ data: rows });
  }
  if (plan.update.some((u) => u.data.archivedAt === null)) affected.push({ scope: ALL_SCOPE, from: today });
  await refreshAffected(db, affected);
}
