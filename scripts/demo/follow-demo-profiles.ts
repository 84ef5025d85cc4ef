import type { PrismaClient } from '@/generated/prisma/client';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { recomputeGroupCompliance } from '@/lib/compliance/recompute-group-compliance';
import { setGroupProfiles } from '@/lib/compliance/set-group-profiles';
import { syncBuiltinProfiles } from '@/lib/compliance/sync-builtin-profiles';

/** Which built-in profiles each demo group follows: every profile is followed by one group at least. */
const DEMO_FOLLOWS: Record<string, string[]> = {
  'Ministries (demo)': ['jp-government-baseline', 'jp-dmarc-guideline-2024', 'cisa-bod-18-01'],
  'Local governments (demo)': ['jp-government-baseline'],
  'ISP A customers (demo)': ['jp-dmarc-guideline-2024'],
};

/**
 * Makes the demo groups follow the built-in profiles and computes their compliance at once (rather
 * than waiting for a worker). Only groups that follow nothing yet: a second run keeps a user's choice.
 * Returns how many groups it set.
 */
export async function followDemoProfiles(db: PrismaClient): Promise<number> {
  await syncBuiltinProfiles(db);
  const profiles = await db.complianceProfile.findMany({ where: { builtinKey: { not: null } } });
  const idOf = new Map(profiles.map((p) => [p.builtinKey, p.id]));
  const groups = await db.group.findMany({
    where: { name: { in: Object.keys(DEMO_FOLLOWS) }, complianceProfiles: { none: {} } },
    select: { id: true, name: true },
  });
  for (const group of groups) {
    const ids = (DEMO_FOLLOWS[group.name] ?? []).flatMap((key) => idOf.get(key) ?? []);
    await setGroupProfiles(group.id, ids, SYSTEM_ACTOR, db);
  }
  if (groups.length > 0)
    await recomputeGroupCompliance(
      db,
      groups.map((g) => g.id),
    );
  return groups.length;
}
