import { createHash } from 'node:crypto';

/** How one kind of key is throttled. */
export interface ThrottleLimits {
  /** Failures in a row that cost no wait. */
  free: number;
  /** The wait after failure number `free`, doubled for each further one, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures in a row that lock the key for `lockMs`; the count then starts over. */
  lockAfter: number;
  lockMs: number;
  /** A count not added to for this long is forgotten. */
  forgetMs: number;
}

const MINUTE = 60_000;

/** The sign-in limits, as data (docs/architecture.md, Authentication, explains them). */
export const SIGN_IN_LIMITS = {
  /** Per e-mail as typed, whether or not an account has it, so the answers reveal none. */
  account: {
    free: 3,
    baseDelayMs: 1000,
    maxDelayMs: MINUTE,
    lockAfter: 10,
    lockMs: 15 * MINUTE,
    forgetMs: 60 * MINUTE,
  },
  /** Per client address (an IPv6 /64 as one): higher, as an office may sign in from one address. */
  address: {
    free: 10,
    baseDelayMs: 1000,
    maxDelayMs: MINUTE,
    lockAfter: 50,
    lockMs: 15 * MINUTE,
    forgetMs: 60 * MINUTE,
  },
  /**
   * SSO sign-ins started per client address (or /64): each keeps a pending sign-in in Redis for
   * 10 minutes, so starts count until their sign-in completes (which gives one back) and a flood
   * waits, then locks. Forgotten with the pending sign-ins they made.
   */
  ssoStart: {
    free: 20,
    baseDelayMs: 1000,
    maxDelayMs: MINUTE,
    lockAfter: 100,
    lockMs: 15 * MINUTE,
    forgetMs: 10 * MINUTE,
  },
} satisfies Record<string, ThrottleLimits>;

export type ThrottleKind = keyof typeof SIGN_IN_LIMITS;

export interface ThrottleSubject {
  /** As typed (trimmed, lower-cased). */
  email: string;
  clientAddress: string | null;
}

/** The Redis keys of a sign-in attempt: the e-mail only as a digest, the address or its /64. */
export function throttleKeys(
  subject: ThrottleSubject,
  prefix = 'kensa:signin',
): Array<[ThrottleKind, string]> {
  const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);
  const keys: Array<[ThrottleKind, string]> = [['account', `${prefix}:account:${digest(subject.email)}`]];
  if (subject.clientAddress)
    keys.push(['address', `${prefix}:address:${addressBlock(subject.clientAddress)}`]);
  return keys;
}

/** The Redis key of SSO starts from one client address (none when the address is unknown). */
export function ssoStartKeys(
  clientAddress: string | null,
  prefix = 'kensa:signin',
): Array<[ThrottleKind, string]> {
  return clientAddress ? [['ssoStart', `${prefix}:sso-start:${addressBlock(clientAddress)}`]] : [];
}

/** An IPv6 host usually has a whole /64 to pick addresses from: it counts as one. */
export function addressBlock(address: string): string {
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
