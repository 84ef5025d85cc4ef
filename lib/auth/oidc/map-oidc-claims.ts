import { ROLES, type Role } from '@/lib/auth/roles';

/** What SSO accepts and how claims become a role and a scope (from KENSA_OIDC_*, lib/env-sso.ts). */
export interface SsoClaimPolicy {
  allowedDomains: readonly string[];
  roleClaim: string | null;
  roleMap: Readonly<Record<string, Role>> | null;
  groupClaim: string | null;
  /** Claim value → Kensa group name, or "*" for every domain. */
  groupMap: Readonly<Record<string, string>> | null;
}

/** Who the ID token says signed in, in Kensa's terms. */
export interface SsoIdentity {
  /** The provider (`iss`) and its never-reassigned id of the person (`sub`): the account's link. */
  issuer: string;
  subject: string;
  email: string;
  name: string | null;
  /** undefined: no role mapping (Kensa's own role stays); null: mapped, but no claim value grants one. */
  role: Role | null | undefined;
  /** Kensa group names; "all": every domain; [] mapped, but none granted; undefined: no group mapping. */
  groups: string[] | 'all' | undefined;
}

export type SsoClaimsRefusal = 'no-subject' | 'no-email' | 'email-unverified' | 'domain-not-allowed';

export type MapClaimsResult =
  | { ok: true; identity: SsoIdentity }
  | { ok: false; code: SsoClaimsRefusal; email: string | null };

/**
 * Maps validated ID-token claims to a Kensa identity. Only an address the provider says it verified
 * (OpenID Connect Core §5.1 `email_verified`) in an allowed domain is accepted: the e-mail is how an
 * SSO sign-in finds its Kensa account, so an unverified one could claim someone else's.
 */
export function mapOidcClaims(
  claims: Readonly<Record<string, unknown>>,
  policy: SsoClaimPolicy,
): MapClaimsResult {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null;
  // openid-client has checked both are present (OpenID Connect Core §2); sub is at most 255 ASCII.
  const { iss: issuer, sub: subject } = claims;
  if (typeof issuer !== 'string' || typeof subject !== 'string' || !subject || subject.length > 255)
    return { ok: false, code: 'no-subject', email };
  if (!email || email.length > 320 || !/^[^@\s]+@[^@\s]+$/.test(email))
    return { ok: false, code: 'no-email', email };
  if (!emailVerified(claims)) return { ok: false, code: 'email-unverified', email };
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (!policy.allowedDomains.includes(domain)) return { ok: false, code: 'domain-not-allowed', email };
  const name =
    typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : null;
  return {
    ok: true,
    identity: {
      issuer,
      subject,
      email,
      name,
      role: mappedRole(claims, policy),
      groups: mappedGroups(claims, policy),
    },
  };
}

/**
 * `email_verified` (some providers send it as a string). Microsoft Entra ID never sends it for work
 * accounts; its optional `xms_edov` claim ("e-mail domain owner verified": the tenant owns the
 * address's domain) stands in, only when `email_verified` is absent, never against a false one.
 */
function emailVerified(claims: Readonly<Record<string, unknown>>): boolean {
  const isTrue = (value: unknown) => value === true || value === 'true';
  return claims.email_verified === undefined ? isTrue(claims.xms_edov) : isTrue(claims.email_verified);
}

/** The strongest role any value of the role claim maps to. */
function mappedRole(
  claims: Readonly<Record<string, unknown>>,
  policy: SsoClaimPolicy,
): Role | null | undefined {
  if (!policy.roleClaim || !policy.roleMap) return undefined;
  const map = policy.roleMap;
  const roles = claimValues(claims, policy.roleClaim).flatMap((value) =>
    Object.hasOwn(map, value) ? [map[value]] : [],
  );
  return ROLES.findLast((role) => roles.includes(role)) ?? null;
}

/** The Kensa groups the group claim's values map to; "all" when one maps to "*". */
function mappedGroups(
  claims: Readonly<Record<string, unknown>>,
  policy: SsoClaimPolicy,
): string[] | 'all' | undefined {
  if (!policy.groupClaim || !policy.groupMap) return undefined;
  const map = policy.groupMap;
  const names = claimValues(claims, policy.groupClaim).flatMap((value) =>
    Object.hasOwn(map, value) ? [map[value] as string] : [],
  );
  return names.includes('*') ? 'all' : [...new Set(names)].sort();
}

/**
 * A claim's string values: the claim named exactly (Entra `roles`, `groups`, Google `hd`), else a
 * dotted path into nested objects (Keycloak `realm_access.roles`). Other value types are ignored.
 */
export function claimValues(claims: Readonly<Record<string, unknown>>, name: string): string[] {
  let value: unknown = Object.hasOwn(claims, name) ? claims[name] : undefined;
  if (value === undefined) {
    value = name.split('.').reduce<unknown>((node, key) => {
      return node !== null && typeof node === 'object' && Object.hasOwn(node, key)
        ? (node as Record<string, unknown>)[key]
        : undefined;
    }, claims);
  }
  const values = Array.isArray(value) ? value : [value];
  return values.filter((item): item is string => typeof item === 'string');
}
