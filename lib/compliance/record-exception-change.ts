import type { ComplianceExceptionEventKind, Prisma } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';

const VERB: Record<ComplianceExceptionEventKind, string> = {
  requested: 'request',
  approved: 'approve',
  revoked: 'revoke',
  expired: 'expire',
};

/**
 * Writes what happened to an exception twice, in the caller's transaction: on its own timeline
 * (compliance_exception_events, once per kind) and in the audit log as
 * `compliance-exception.<verb>`, labelled with its subject and requirement.
 */
export async function recordExceptionChange(
  tx: Prisma.TransactionClient,
  actor: AuditActor,
  change: {
    exceptionId: string;
    kind: ComplianceExceptionEventKind;
    label: string;
    before?: Prisma.InputJsonValue;
    after?: Prisma.InputJsonValue;
  },
): Promise<void> {
  await tx.complianceExceptionEvent.create({
    data: { exceptionId: change.exceptionId, kind: change.kind, actorUserId: actor.userId },
  });
  await recordAuditEvent(
    actor,
    {
      action: `compliance-exception.${VERB[change.kind]}`,
      target: { type: 'compliance-exception', id: change.exceptionId, label: change.label },
      before: change.before,
      after: change.after,
    },
    tx,
  );
}

/** "example.jp · dmarc-reject" or "Ministry A · dmarc-reject": what the audit log and alerts name. */
export function exceptionLabel(x: {
  requirement: string;
  domain: { ascii: string } | null;
  group: { name: string } | null;
}): string {
  return `${x.domain?.ascii ?? x.group?.name ?? '?'} · ${x.requirement}`;
}
