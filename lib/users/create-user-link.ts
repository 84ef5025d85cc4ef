import type { PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { type IssuedUserLink, issueUserLink } from './issue-user-link';
import {
  type LinkDelivery,
  type LinkMailResult,
  linkDeliveryFromEnv,
  sendUserLinkMail,
} from './send-user-link-mail';
import { userLinkUrl } from './user-link-secret';
import { readUserSnapshot, userTarget } from './user-snapshot';

export type CreateUserLinkResult =
  | { ok: true; link: IssuedUserLink & { url: string }; mail: LinkMailResult }
  | { ok: false; code: 'not_found' | 'disabled' };

/**
 * A new one-time link for a user, replacing any earlier one: a password reset for an active user,
 * a fresh invitation for one who has not accepted yet. The current password keeps working until the
 * link is used (an admin reset helps someone who forgot it; to lock someone out, disable them).
 */
export async function createUserLink(
  id: string,
  actor: AuditActor,
  {
    db = prisma,
    delivery = linkDeliveryFromEnv(),
    now = new Date(),
  }: {
    db?: PrismaClient;
    delivery?: LinkDelivery;
    now?: Date;
  } = {},
): Promise<CreateUserLinkResult> {
  const issued = await db.$transaction(async (tx) => {
    const user = await readUserSnapshot(tx, id);
    if (!user) return { ok: false, code: 'not_found' } as const;
    if (user.status === 'disabled') return { ok: false, code: 'disabled' } as const;
    const kind = user.status === 'invited' ? 'invite' : 'reset';
    const link = await issueUserLink(tx, { userId: id, kind, createdById: actor.userId, now });
    const action = kind === 'invite' ? 'user.reinvite' : 'user.reset-link';
    await recordAuditEvent(
      actor,
      { action, target: userTarget(id, user), after: { expiresAt: link.expiresAt.toISOString() } },
      tx,
    );
    return { ok: true, link, email: user.email } as const;
  });
  if (!issued.ok) return issued;
  const { link, email } = issued;
  const url = userLinkUrl(link.kind, link.token, delivery.publicUrl);
  const mail = await sendUserLinkMail(delivery, {
    to: email,
    kind: link.kind,
    url,
    expiresAt: link.expiresAt,
    by: actor.label ?? 'Kensa',
  });
  return { ok: true, link: { ...link, url }, mail };
}
