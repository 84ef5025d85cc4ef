import type { Prisma } from '@/generated/prisma/client';

/**
 * Locks one exception row for the caller's transaction and reads it with its subject's name, so two
 * people approving or revoking at once are served one after the other. null when there is none.
 */
export async function lockException(tx: Prisma.TransactionClient, exceptionId: string) {
  const [locked] = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id::text FROM compliance_exceptions WHERE id = ${exceptionId}::uuid FOR UPDATE`;
  if (!locked) return null;
  return tx.complianceException.findUniqueOrThrow({
    where: { id: exceptionId },
    include: { domain: { select: { ascii: true } }, group: { select: { name: true } } },
  });
}
