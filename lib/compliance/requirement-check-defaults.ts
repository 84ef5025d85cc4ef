import type { RequirementCheck } from './profile-schema';

/** Every check kind, in the order the profile editor offers them. */
export const CHECK_KINDS = [
  'spf-published',
  'spf-valid',
  'spf-reject-all',
  'dkim-published',
  'dkim-min-bits',
  'dmarc-published',
  'dmarc-policy',
  'dmarc-rua',
  'null-mx',
] as const satisfies ReadonlyArray<RequirementCheck['kind']>;

/**
 * A check of `kind` with the parameters the built-in profiles use (2048-bit keys, inherited
 * reject on all mail): what the profile editor starts from when a requirement's kind is chosen.
 */
export function defaultCheck(kind: RequirementCheck['kind']): RequirementCheck {
  switch (kind) {
    case 'dkim-min-bits':
      return { kind, bits: 2048 };
    case 'dmarc-published':
    case 'dmarc-rua':
      return { kind, inherit: true };
    case 'dmarc-policy':
      return { kind, atLeast: 'reject', allMail: true, inherit: true };
    default:
      return { kind };
  }
}
