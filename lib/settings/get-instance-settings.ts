import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';

/** The settings of this instance that admins change in the UI (Settings → Users). */
export interface InstanceSettings {
  /** Admins who sign in with a password must use MFA (lib/auth/mfa/). */
  requireAdminMfa: boolean;
}

/** The instance's settings (one row, made by the migration; its defaults should it be missing). */
export async function getInstanceSettings(
  db: PrismaClient | Prisma.TransactionClient = prisma,
): Promise<InstanceSettings> {
  const row = await db.instanceSettings.findUnique({ where: { id: 1 }, select: { requireAdminMfa: true } });
  return { requireAdminMfa: row?.requireAdminMfa ?? false };
}
