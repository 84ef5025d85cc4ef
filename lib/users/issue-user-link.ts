import type { Prisma } from '@/generated/prisma/client';
import { newUserLinkSecret, USER_LINK_HOURS, type UserLinkKind } from './user-link-secret';

export interface IssuedUserLink {
  kind: UserLinkKind;
  /** The secret itself: handed out once (mail and/or the admin's screen), never stored. */
  token: string;
  expiresAt: Date;
}

/**
 * Stores a new one-time link for a user inside the caller's transaction. Earlier unused links of
 * the user are deleted: only the newest link works, so a re-sent invitation retires the old mail.
 */
export async function issueUserLink(
  tx: Prisma.TransactionClient,
  link: { userId: string; kind: UserLinkKind; createdById: string | null; now: Date },
): Promise<IssuedUserLink> {
  const { token, tokenHash } = newUserLinkSecret();
  const expiresAt = new Date(link.now.getTime() + USER_LINK_HOURS[link.kind] * 3_600_000);
  await tx.userToken.deleteMany({ where: { userId: link.userId, usedAt: null } });
  await tx.userToken.create({
    data: {
      userId: link.userId,
      kind: link.kind,
      tokenHash,
      createdById: link.createdById,
      createdAt: link.now,
      expiresAt,
    },
  });
  return { kind: link.kind, token, expiresAt };
}
