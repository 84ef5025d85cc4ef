import type { PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { hashUserLinkToken, USER_LINK_PATTERN, type UserLinkKind } from './user-link-secret';

export interface ValidUserLink {
  id: string;
  userId: string;
  email: string;
  name: string | null;
}

/**
 * The link behind a token when it is of this kind, unused, unexpired, and its user may still sign
 * in; else null — one answer for every reason, so a page cannot tell an attacker which it was.
 * Only reads: a mail scanner that opens the link does not spend it.
 */
export async function findUserLink(
  token: string,
  kind: UserLinkKind,
  { db = prisma, now = new Date() }: { db?: PrismaClient; now?: Date } = {},
): Promise<ValidUserLink | null> {
  if (!USER_LINK_PATTERN.test(token)) return null;
  const link = await db.userToken.findUnique({
    where: { tokenHash: hashUserLinkToken(token) },
    select: {
      id: true,
      kind: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, disabledAt: true, deletedAt: true } },
    },
  });
  if (!link || link.kind !== kind || link.usedAt || link.expiresAt <= now) return null;
  if (link.user.disabledAt || link.user.deletedAt) return null;
  return { id: link.id, userId: link.user.id, email: link.user.email, name: link.user.name };
}
