/**
 * Roles, weakest first: a viewer reads; an editor also changes domains, groups, schedules, scans,
 * imports, reports and alert rules; an admin also manages users, API tokens and settings.
 */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Whether someone with `role` may do what `needed` may (admin ⊃ editor ⊃ viewer). */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
