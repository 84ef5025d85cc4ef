import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';

/** Who made a change: a person (signed in, or through one of their API tokens), or the system. */
export interface AuditActor {
  userId: string | null;
  /** The person's e-mail (or "system"), copied so the entry outlives the account. */
  label: string | null;
  tokenId?: string | null;
  tokenName?: string | null;
  clientAddress?: string | null;
}

export interface AuditEntry {
  /** `<thing>.<verb>`: "domain.archive", "user.invite", "auth.sign-in-failed"… */
  action: string;
  target?: { type: string; id?: string | null; label?: string | null };
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

const LABEL_MAX = 320;
const bound = (text: string | null | undefined) => (text == null ? null : text.slice(0, LABEL_MAX));

/**
 * Appends one entry to the audit log. Pass the transaction of the change itself where there is one,
 * so a change and its entry are stored together or not at all.
 */
export async function recordAuditEvent(
  actor: AuditActor,
  entry: AuditEntry,
  db: PrismaClient | Prisma.TransactionClient = prisma,
): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorUserId: actor.userId,
      actorLabel: bound(actor.label),
      tokenId: actor.tokenId ?? null,
      tokenName: bound(actor.tokenName),
      clientAddress: bound(actor.clientAddress),
      action: entry.action,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      targetLabel: bound(entry.target?.label),
      before: entry.before,
      after: entry.after,
    },
  });
}
