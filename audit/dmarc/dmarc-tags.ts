/**
 * The DMARC tags as data (RFC 7489 §6.3 and RFC 9989 §4.7, its successor): what each means, which
 * values it takes, its default, which RFC defines it and whether RFC 9989 removed it. The parser
 * reads this table; it holds no tag knowledge of its own.
 */
export type ValueRule =
  | { kind: 'keyword'; values: readonly string[] }
  /** Colon-separated; `require: 'all'` = every item known, 'some' = at least one known (others ignored). */
  | { kind: 'list'; values: readonly string[]; require: 'all' | 'some' }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'uri-list' }
  | { kind: 'version' };

export interface DmarcTagSpec {
  meaning: string;
  rule: ValueRule;
  /** The value assumed when the tag is absent; null = none (or derived, as sp from p). */
  default: string | null;
  rfc: string;
  removedIn9989: boolean;
}

const DISPOSITIONS = ['none', 'quarantine', 'reject'] as const;

export const DMARC_TAGS = {
  v: {
    meaning: 'version',
    rule: { kind: 'version' },
    default: null,
    rfc: 'RFC 7489 §6.3',
    removedIn9989: false,
  },
  p: {
    meaning: 'policy for the domain',
    rule: { kind: 'keyword', values: DISPOSITIONS },
    default: 'none',
    rfc: 'RFC 7489 §6.3',
    removedIn9989: false,
  },
  sp: {
    meaning: 'policy for existing subdomains',
    rule: { kind: 'keyword', values: DISPOSITIONS },
    default: null,
    rfc: 'RFC 7489 §6.3',
    removedIn9989: false,
  },
  np: {
    meaning: 'policy for non-existent subdomains',
    rule: { kind: 'keyword', values: DISPOSITIONS },
    default: null,
    rfc: 'RFC 9989 §4.7 (first RFC 9091)',
    removedIn9989: false,
  },
  adkim: {
    meaning: 'DKIM alignment: relaxed or strict',
    rule: { kind: 'keyword', values: ['r', 's'] },
    default: 'r',
    rfc: 'RFC 7489 §6.3',
    removedIn9989: false,
  },
  aspf: {
    meaning: 'SPF alignment: relaxed or strict',
    rule: { kind: 'keyword', values: ['r', 's'] },
    default: 'r',
    rfc: 'RFC 7489 §6.3',
    removedIn9989: false,
  },
  pct: {
    meaning: 'percentage of failing mail the policy applies to',
    rule: { kind: 'integer', min: 0, max: 100 },
    default: '100',
    rfc: 'RFC 7489 §6.3',
    removedIn9989: true,
  },
  rua: {
    meaning: 'where to send aggregate reports',
    rule: { kind: 'uri-list' },
    default: null,
    rfc: 'RFC 7489 §6.3',
    removedIn9989: false,
  },
  ruf: {
    meaning: 'where to send failure reports',
    rule: { kind: 'uri-list' },
    default: null,
    rfc: 'RFC 7489 §6.3',
    removedIn9989: false,
  },
  fo: {
    meaning: 'failure reporting options',
    rule: { kind: 'list', values: ['0', '1', 'd', 's'], require: 'all' },
    default: '0',
    rfc: 'RFC 7489 §6.3',
    removedIn9989: false,
  },
  rf: {
    meaning: 'failure report format',
    rule: { kind: 'list', values: ['afrf'], require: 'some' },
    default: 'afrf',
    rfc: 'RFC 7489 §6.3',
    removedIn9989: true,
  },
  ri: {
    meaning: 'requested aggregate report interval (seconds)',
    rule: { kind: 'integer', min: 0, max: 4294967295 },
    default: '86400',
    rfc: 'RFC 7489 §6.3',
    removedIn9989: true,
  },
  t: {
    meaning: 'test mode: y asks receivers not to apply the policy yet',
    rule: { kind: 'keyword', values: ['y', 'n'] },
    default: 'n',
    rfc: 'RFC 9989 §4.7',
    removedIn9989: false,
  },
  psd: {
    meaning: 'public suffix domain flag',
    rule: { kind: 'keyword', values: ['y', 'n', 'u'] },
    default: 'u',
    rfc: 'RFC 9989 §4.7',
    removedIn9989: false,
  },
} as const satisfies Record<string, DmarcTagSpec>;

export type DmarcTagName = keyof typeof DMARC_TAGS;

export function isDmarcTagName(name: string): name is DmarcTagName {
  return Object.hasOwn(DMARC_TAGS, name);
}
