import type { AuditActor } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import type { ApiPrincipal } from './api-principal';

/** Who the audit log names for an API call: the person, and the token when one was used. */
export async function auditActorOfPrincipal(principal: ApiPrincipal): Promise<AuditActor> {
  if (principal.kind === 'session') return { userId: principal.user.id, label: principal.user.email };
  const creator = await prisma.user.findUnique({ where: { id: principal.userId }, select: { email: true } });
  return {
    userId: principal.userId,
    label: creator?.email ?? null,
    tokenId: principal.tokenId,
    tokenName: principal.tokenName,
  };
}
