import { hasRole } from './roles';
import type { Viewer } from './viewer';

/**
 * Whether a viewer may use what is for admins across every group (the audit log, 'admin' access in
 * /api/v1): an admin, or a token an admin created, not limited to groups. The audit log names
 * domains, groups, people and tokens of every group and cannot be cut along group lines (a token or a
 * user change belongs to none), so a group scope, even an admin's, keeps it closed.
 */
export function isUnscopedAdmin(viewer: Viewer): boolean {
  return hasRole(viewer.role, 'admin') && viewer.groupIds === null;
}
