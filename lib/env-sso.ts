import { z } from 'zod';
import { ROLES } from '@/lib/auth/roles';

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;
const DOMAIN_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const MAP_FORMAT = 'must be a JSON object such as {"kensa-admins":"admin"}';

/** A JSON object from claim values to `target`s: JSON because values (LDAP DNs) may hold `,` and `=`. */
function claimMap<T extends z.ZodType<string>>(target: T) {
  return z
    .string()
    .transform((text, context): unknown => {
      try {
        return JSON.parse(text);
      } catch {
        context.addIssue({ code: 'custom', message: MAP_FORMAT });
        return z.NEVER;
      }
    })
    .pipe(
      z
        .record(z.string().min(1), target, { error: MAP_FORMAT })
        .refine((map) => Object.keys(map).length > 0, 'must map at least one claim value'),
    );
}

/** The SSO (OpenID Connect) and password sign-in variables; part of lib/env.ts's schema. */
export const SSO_ENV = {
  /** "false": no password sign-in, SSO only (needs KENSA_OIDC_ISSUER). */
  KENSA_PASSWORD_SIGNIN: z.enum(['true', 'false']).default('true'),
  /** The provider's issuer; discovery reads `<issuer>/.well-known/openid-configuration`. */
  KENSA_OIDC_ISSUER: z
    .url({ protocol: /^https?$/, error: "must be the provider's https:// issuer URL" })
    .refine(
      (issuer) => new URL(issuer).protocol === 'https:' || LOOPBACK.test(new URL(issuer).hostname),
      'must be https:// (http:// only on a loopback address)',
    )
    .optional(),
  KENSA_OIDC_CLIENT_ID: z.string().min(1).optional(),
  KENSA_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** The provider's name on the sign-in button ("Sign in with …"). */
  KENSA_OIDC_NAME: z.string().trim().min(1).max(60).default('SSO'),
  KENSA_OIDC_SCOPES: z
    .string()
    .refine((scopes) => scopes.split(/\s+/).includes('openid'), 'must include openid')
    .default('openid email profile'),
  /** Comma-separated e-mail domains whose verified addresses may sign in through SSO. */
  KENSA_OIDC_ALLOWED_DOMAINS: z
    .string()
    .transform((list) =>
      list
        .split(',')
        .map((domain) => domain.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(DOMAIN_NAME, 'must be domain names such as example.jp')).min(1))
    .optional(),
  /** ID-token claim whose values KENSA_OIDC_ROLE_MAP maps to a role; a dotted path reaches nested claims. */
  KENSA_OIDC_ROLE_CLAIM: z.string().min(1).optional(),
  KENSA_OIDC_ROLE_MAP: claimMap(z.enum(ROLES)).optional(),
  /** ID-token claim whose values KENSA_OIDC_GROUP_MAP maps to Kensa group names ("*": every domain). */
  KENSA_OIDC_GROUP_CLAIM: z.string().min(1).optional(),
  KENSA_OIDC_GROUP_MAP: claimMap(z.string().trim().min(1)).optional(),
};

type SsoEnv = z.infer<z.ZodObject<typeof SSO_ENV>>;

/** Pairs that only work together: [variable, needed when this is set, what to say]. */
const NEEDS: ReadonlyArray<[keyof SsoEnv, keyof SsoEnv, string]> = [
  ['KENSA_OIDC_CLIENT_ID', 'KENSA_OIDC_ISSUER', 'is required with KENSA_OIDC_ISSUER'],
  ['KENSA_OIDC_CLIENT_SECRET', 'KENSA_OIDC_ISSUER', 'is required with KENSA_OIDC_ISSUER'],
  ['KENSA_OIDC_ALLOWED_DOMAINS', 'KENSA_OIDC_ISSUER', 'is required with KENSA_OIDC_ISSUER (e.g. example.jp)'],
  ['KENSA_OIDC_ROLE_CLAIM', 'KENSA_OIDC_ROLE_MAP', 'is required with KENSA_OIDC_ROLE_MAP'],
  ['KENSA_OIDC_ROLE_MAP', 'KENSA_OIDC_ROLE_CLAIM', 'is required with KENSA_OIDC_ROLE_CLAIM'],
  ['KENSA_OIDC_GROUP_CLAIM', 'KENSA_OIDC_GROUP_MAP', 'is required with KENSA_OIDC_GROUP_MAP'],
  ['KENSA_OIDC_GROUP_MAP', 'KENSA_OIDC_GROUP_CLAIM', 'is required with KENSA_OIDC_GROUP_CLAIM'],
];
const HAS_DEFAULT = new Set<string>(['KENSA_OIDC_NAME', 'KENSA_OIDC_SCOPES']);

/** Variables valid alone but not together, as `  NAME: message` lines (none: the SSO set-up is whole). */
export function ssoEnvProblems(config: SsoEnv): string[] {
  const problems = NEEDS.filter(
    ([name, when]) => config[when] !== undefined && config[name] === undefined,
  ).map(([name, , message]) => `  ${name}: ${message}`);
  const anySso = Object.entries(config).some(
    ([name, value]) => name.startsWith('KENSA_OIDC_') && !HAS_DEFAULT.has(name) && value !== undefined,
  );
  if (anySso && config.KENSA_OIDC_ISSUER === undefined) {
    problems.push('  KENSA_OIDC_ISSUER: is required when other KENSA_OIDC_ variables are set');
  }
  if (config.KENSA_PASSWORD_SIGNIN === 'false' && config.KENSA_OIDC_ISSUER === undefined) {
    problems.push('  KENSA_PASSWORD_SIGNIN: "false" needs SSO (KENSA_OIDC_ISSUER), or nobody could sign in');
  }
  return problems;
}
