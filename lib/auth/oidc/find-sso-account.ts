import type { Prisma } from '@/generated/prisma/client';
import type { SsoIdentity } from './map-oidc-claims';

type Tx = Prisma.TransactionClient;

const ACCOUNT = {
  id: true,
  role: true,
  disabledAt: true,
  deletedAt: true,
  groupScopes: { select: { groupId: true } },
} satisfies Prisma.UserSelect;

export type SsoAccount = Prisma.UserGetPayload<{ select: typeof ACCOUNT }>;

export type FoundSsoAccount =
  /** Linked to this (issuer, subject) by an earlier SSO sign-in. */
  | { kind: 'linked'; user: SsoAccount }
  /** Found by its e-mail, not linked to this issuer yet: the sign-in links it. */
  | { kind: 'by-email'; user: SsoAccount }
  | { kind: 'none' }
  /** The e-mail's account is linked to another subject of this issuer: someone else's. */
  | { kind: 'taken'; userId: string };

/**
 * The account an SSO identity signs into. The subject (`sub`, with `iss`) is the only claim a
 * provider promises never to reassign (OpenID Connect Core §5.7); an e-mail may move to another
 * person. So an identity seen before finds its account by the link, whatever its e-mail now says,
 * and an e-mail finds an account only while no other subject of this provider has claimed it —
 * the first SSO sign-in of an account links it (mapOidcClaims has accepted only a verified e-mail).
 */
export async function findSsoAccount(tx: Tx, identity: SsoIdentity): Promise<FoundSsoAccount> {
  const link = await tx.ssoIdentity.findUnique({
    where: { issuer_subject: { issuer: identity.issuer, subject: identity.subject } },
    select: { user: { select: ACCOUNT } },
  });
  if (link) return { kind: 'linked', user: link.user };
  const user = await tx.user.findUnique({
    where: { email: identity.email },
    select: { ...ACCOUNT, ssoIdentities: { where: { issuer: identity.issuer }, select: { subject: true } } },
  });
  if (!user) return { kind: 'none' };
  const { ssoIdentities, ...account } = user;
  return ssoIdentities.length > 0 ? { kind: 'taken', userId: user.id } : { kind: 'by-email', user: account };
}

/** Links an account to the SSO identity that just signed into it. */
export async function linkSsoIdentity(tx: Tx, identity: SsoIdentity, userId: string): Promise<void> {
  await tx.ssoIdentity.create({ data: { issuer: identity.issuer, subject: identity.subject, userId } });
}
