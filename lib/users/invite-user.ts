import { z } from 'zod';
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { NO_PASSWORD_HASH } from '@/lib/auth/password-markers';
import { prisma } from '@/lib/db';
import { type IssuedUserLink, issueUserLink } from './issue-user-link';
import { replaceGroupScope } from './replace-group-scope';
import {
  type LinkDelivery,
  type LinkMailResult,
  linkDeliveryFromEnv,
  sendUserLinkMail,
} from './send-user-link-mail';
import { userEmail, userGroupIds, userName, userRole } from './user-input';
import { userLinkUrl } from './user-link-secret';
import { readUserSnapshot, userTarget } from './user-snapshot';

export const inviteUserInput = z.object({
  email: userEmail,
  name: userName.optional(),
  role: userRole,
  groupIds: userGroupIds.default([]),
});

export type InviteUserResult =
  | { ok: true; id: string; link: IssuedUserLink & { url: string }; mail: LinkMailResult }
  | { ok: false; code: 'email_taken' | 'unknown_group' };

class UnknownGroup extends Error {}

/**
 * Creates an account that cannot sign in until its owner follows the invitation link and chooses a
 * password; the link is mailed when SMTP is configured and returned for the admin to copy.
 */
export async function inviteUser(
  input: z.input<typeof inviteUserInput>,
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
): Promise<InviteUserResult> {
  const { email, name, role, groupIds } = inviteUserInput.parse(input);
  try {
    const { id, link } = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email, name: name ?? null, role, passwordHash: NO_PASSWORD_HASH, createdAt: now },
        select: { id: true },
      });
      if (!(await replaceGroupScope(tx, user.id, groupIds))) throw new UnknownGroup();
      const link = await issueUserLink(tx, {
        userId: user.id,
        kind: 'invite',
        createdById: actor.userId,
        now,
      });
      const after = await readUserSnapshot(tx, user.id);
      await recordAuditEvent(
        actor,
        { action: 'user.invite', target: userTarget(user.id, { email }), after: after ?? undefined },
        tx,
      );
      return { id: user.id, link };
    });
    const url = userLinkUrl('invite', link.token, delivery.publicUrl);
    const mail = await sendUserLinkMail(delivery, {
      to: email,
      kind: 'invite',
      url,
      expiresAt: link.expiresAt,
      by: actor.label ?? 'Kensa',
    });
    return { ok: true, id, link: { ...link, url }, mail };
  } catch (error) {
    if (error instanceof UnknownGroup) return { ok: false, code: 'unknown_group' };
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      return { ok: false, code: 'email_taken' };
    throw error;
  }
}
