import { z } from 'zod';
import { parseClientIp } from '@/audit/spf/ip-address';
import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { canonicalIp } from './report-rows';

export const sourceApproval = z.object({
  domainId: z.uuid(),
  sourceIp: z
    .string()
    .max(64)
    .refine((ip) => parseClientIp(ip.trim()) !== null, 'is not an IP address')
    .transform(canonicalIp),
  approved: z.boolean(),
});

/**
 * Marks a source address as an expected sender for a registered domain, or takes the mark back,
 * with its audit entry in the same transaction. Idempotent: approving an approved source changes
 * nothing and records nothing. False when the domain does not exist.
 */
export async function setSourceApproval(
  actor: AuditActor,
  input: z.input<typeof sourceApproval>,
  db: PrismaClient = prisma,
): Promise<boolean> {
  const { domainId, sourceIp, approved } = sourceApproval.parse(input);
  return db.$transaction(async (tx) => {
    const domain = await tx.domain.findUnique({ where: { id: domainId }, select: { unicode: true } });
    if (!domain) return false;
    const changed = approved
      ? (
          await tx.dmarcApprovedSource.createMany({
            data: [{ domainId, sourceIp, approvedById: actor.userId }],
            skipDuplicates: true,
          })
        ).count
      : (await tx.dmarcApprovedSource.deleteMany({ where: { domainId, sourceIp } })).count;
    if (changed > 0)
      await recordAuditEvent(
        actor,
        {
          action: approved ? 'dmarc-source.approve' : 'dmarc-source.unapprove',
          target: { type: 'domain', id: domainId, label: domain.unicode },
          before: { sourceIp, approved: !approved },
          after: { sourceIp, approved },
        },
        tx,
      );
    return true;
  });
}
