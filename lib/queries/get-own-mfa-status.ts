import type { PrismaClient } from '@/generated/prisma/client';
import { hasPassword } from '@/lib/auth/password';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';

export interface OwnMfaStatus {
  /** Since when MFA is on; null: off. */
  enabledAt: Date | null;
  /** Whether the account has a password for MFA to protect (SSO accounts have none). */
  hasPassword: boolean;
  recoveryCodesLeft: number;
}

/** The signed-in viewer's own MFA state, for their account page; never the secret. */
export async function getOwnMfaStatus(viewer: Viewer, db: PrismaClient = prisma): Promise<OwnMfaStatus> {
  const { userId } = readAs(viewer);
  if (!userId) return { enabledAt: null, hasPassword: false, recoveryCodesLeft: 0 };
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      mfaEnabledAt: true,
      passwordHash: true,
      _count: { select: { mfaRecoveryCodes: { where: { usedAt: null } } } },
    },
  });
  return {
    enabledAt: user.mfaEnabledAt,
    hasPassword: hasPassword(user.passwordHash),
    recoveryCodesLeft: user._count.mfaRecoveryCodes,
  };
}
