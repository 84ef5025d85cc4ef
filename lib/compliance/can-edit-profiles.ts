import type { Role } from '@/lib/auth/roles';

/**
 * Whether a user may create and edit compliance profiles: administrators of all groups only, since
 * a profile is shared and an edit changes the compliance of every group that follows it (the same
 * rule saveComplianceProfileAction enforces on the server).
 */
export function canEditProfiles(user: { role: Role; groupIds: readonly string[] | null }): boolean {
  return user.role === 'admin' && user.groupIds === null;
}
