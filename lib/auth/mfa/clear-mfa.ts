import type { Prisma } from '@/generated/prisma/client';

/** Turns MFA off for a user inside the caller's transaction: secret, pending secret, replay mark and recovery codes go. */
export async function clearMfa(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.user.update({
    where: { id: userId },
    data: { mfaEnabledAt: null, totpSecret: null, totpPendingSecret: null, totpLastStep: null },
  });
  await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
}
