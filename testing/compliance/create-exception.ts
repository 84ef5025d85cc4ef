import { addDays, dateColumn } from '@/lib/history/day-of';
import type { Side, World } from '@/testing/authz/world';
import { customProfileDefinition } from './custom-profile-definition';

/**
 * For the authorization matrices: an exception to a new custom profile's "spf" requirement for the
 * side's domain, asked by a fresh user (never the caller, so four eyes lets an approval through),
 * pending or approved, expiring in ten days.
 */
export async function createException(w: World, side: Side, approved: boolean): Promise<string> {
  const profile = await w.db.complianceProfile.create({
    data: { versions: { create: { version: 1, definition: customProfileDefinition(w.unique('profile')) } } },
    select: { id: true },
  });
  const created = await w.db.complianceException.create({
    data: {
      profileId: profile.id,
      requirement: 'spf',
      domainId: w.sides[side].domain,
      justification: 'matrix',
      startsOn: dateColumn(w.today),
      expiresOn: dateColumn(addDays(w.today, 10)),
      requestedById: await w.fresh.user(side),
      ...(approved ? { status: 'approved' as const, approvedOn: dateColumn(w.today) } : {}),
    },
    select: { id: true },
  });
  return created.id;
}
