import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { hasNoPassword } from '@/lib/auth/password-markers';
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
  | { ok: false; code: 'not_found' | 'disabled' | 'sso_only' };

/**
 * A new one-time link for a user, replacing any earlier one: a password reset for an active user,
 * a fresh invitation for one who has not accepted yet. The current password keeps working until the
 * link is used (an admin reset helps someone who forgot it; to lock someone out, disable them).
 * An active account without a password signs in only through SSO: a link would give it a second
 * way in that the provider does not control, so it is refused ('sso_only') unless the admin asks
 * for one explicitly (`allowPassword`, recorded in the audit entry).
 */
export async function createUserLink(
  id: string,
  actor: AuditActor,
  {
    db = prisma,
    delivery = linkDeliveryFromEnv(),
    now = new Date(),
    allowPassword = false,
  }: {
    db?: PrismaClient;
    delivery?: LinkDelivery;
    now?: Date;
    allowPassword?: boolean;
  } = {},
): Promise<CreateUserLinkResult> {
  const issued = await db.$transaction(async (tx) => {
    const user = await readUserSnapshot(tx, id);
    if (!user) return { ok: false, code: 'not_found' } as const;
    if (user.status === 'disabled') return { ok: false, code: 'disabled' } as const;
    const kind = user.status === 'invited' ? 'invite' : 'reset';
    const ssoOnly = kind === 'reset' && (await hasNoPasswordOf(tx, id));
    if (ssoOnly && !allowPassword) return { ok: false, code: 'sso_only' } as const;
    const link = await issueUserLink(tx, { userId: id, kind, createdById: actor.userId, now });
    const action = kind === 'invite' ? 'user.reinvite' : 'user.reset-link';
    const after = { expiresAt: link.expiresAt.toISOString(), ...(ssoOnly ? { firstPassword: true } : {}) };
    await recordAuditEvent(actor, { action, target: userTarget(id, user), after }, tx);
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

/** Whether the account has no password of its own (SSO-only, or invited and never chose one). */
async function hasNoPasswordOf(tx: Prisma.TransactionClient, id: string): Promise<boolean> {
  const user = await tx.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } });
  return hasNoPassword(user.passwordHash);
}
