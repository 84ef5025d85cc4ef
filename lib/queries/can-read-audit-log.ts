import { hasRole } from '@/lib/auth/roles';
import type { Viewer } from '@/lib/auth/viewer';

/**
 * Who may read the audit log: an admin, or a token an admin created, not limited to groups. The log
 * names domains, groups, people and tokens of every group and cannot be cut along group lines (a
 * token or a user change belongs to none), so a group scope, even an admin's, keeps it closed.
 */
export function canReadAuditLog(viewer: Viewer): boolean {
  return hasRole(viewer.role, 'admin') && viewer.groupIds === null;
}
