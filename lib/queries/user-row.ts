import type { Prisma } from '@/generated/prisma/client';
import { hasNoPassword } from '@/lib/auth/password-markers';
import type { Role } from '@/lib/auth/roles';
import { type UserStatus, userStatus } from '@/lib/users/user-status';

/** A user as the users page and /api/v1/users show them: never the hash or a link. */
export interface UserRow {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  status: UserStatus;
  /** false: no password of its own (SSO only, or an invitation not yet accepted). */
  hasPassword: boolean;
  /** The groups the user is limited to, by name; empty: every domain. */
  groups: Array<{ id: string; name: string }>;
  createdAt: Date;
  lastLoginAt: Date | null;
  /** When the newest unused invitation or reset link stops working; null: none outstanding. */
  linkExpiresAt: Date | null;
  /** MFA (TOTP) is on. */
  mfa: boolean;
}

export const userRowSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  passwordHash: true,
  disabledAt: true,
  createdAt: true,
  lastLoginAt: true,
  mfaEnabledAt: true,
  groupScopes: { select: { group: { select: { id: true, name: true } } } },
  userTokens: {
    where: { usedAt: null },
    orderBy: { expiresAt: 'desc' },
    take: 1,
    select: { expiresAt: true },
  },
} satisfies Prisma.UserSelect;

/** Maps a row read with userRowSelect, dropping the hash. */
export function userRowOf(user: Prisma.UserGetPayload<{ select: typeof userRowSelect }>): UserRow {
  const { passwordHash, disabledAt, groupScopes, userTokens, mfaEnabledAt, ...rest } = user;
  return {
    ...rest,
    status: userStatus({ passwordHash, disabledAt, lastLoginAt: rest.lastLoginAt }),
    hasPassword: !hasNoPassword(passwordHash),
    groups: groupScopes.map((scope) => scope.group).sort((a, b) => a.name.localeCompare(b.name)),
    linkExpiresAt: userTokens[0]?.expiresAt ?? null,
    mfa: mfaEnabledAt !== null,
  };
}
