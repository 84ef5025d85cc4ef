import type { PrismaClient } from '@/generated/prisma/client';
import { hasRole, type Role } from '@/lib/auth/roles';
import { scopeOf, tokenScope } from '@/lib/auth/scope';
import { prisma } from '@/lib/db';
import { API_TOKEN_PATTERN, hashApiToken } from './api-token-secret';

export interface ValidApiToken {
  id: string;
  name: string;
  scope: 'read' | 'write';
  createdById: string;
  /** The creator's e-mail, for the audit log's record of what the token did. */
  creatorEmail: string;
  /** The role of the user who created the token: it reads (and writes) as that user. */
  creatorRole: Role;
  /** The groups the token may see (its creator's scope, narrowed by the token's); null: all. */
  groupIds: string[] | null;
  expiresAt: Date;
  /** A read-write token writes only while its creator is still an editor or admin. */
  canWrite: boolean;
}

/** lastUsedAt is refreshed at most this often, so a busy script does not write on every call. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The token a caller presented, when it is well-formed, known, not revoked and not expired; else
 * null. Looked up by hash (unique index), so the token itself is never compared or stored.
 */
export async function findApiToken(
  token: string,
  db: PrismaClient = prisma,
  now = new Date(),
): Promise<ValidApiToken | null> {
  if (!API_TOKEN_PATTERN.test(token)) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      name: true,
      scope: true,
      createdById: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      createdBy: {
        select: {
          email: true,
          role: true,
          disabledAt: true,
          deletedAt: true,
          groupScopes: { select: { groupId: true } },
        },
      },
      groupScopes: { select: { groupId: true } },
    },
  });
  if (!row || row.revokedAt || row.expiresAt <= now) return null;
  // A token dies with its creator's access: a disabled or deleted user's tokens stop at once, and
  // the creator's role is read on every call, so a demotion narrows the token at once (canWrite,
  // and the viewer the queries get).
  if (row.createdBy.disabledAt || row.createdBy.deletedAt) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS)
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    createdById: row.createdById,
    creatorEmail: row.createdBy.email,
    creatorRole: row.createdBy.role,
    groupIds: tokenScope(scopeOf(row.createdBy.groupScopes), scopeOf(row.groupScopes)),
    expiresAt: row.expiresAt,
    canWrite: row.scope === 'write' && hasRole(row.createdBy.role, 'editor'),
  };
}
