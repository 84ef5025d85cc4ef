import { z } from 'zod';

/** Text in both languages the product speaks; bounded, since custom profiles come from users. */
const localized = z.object({
  en: z.string().trim().min(1).max(2000),
  ja: z.string().trim().min(1).max(2000),
});

const disposition = z.enum(['none', 'quarantine', 'reject']);

/**
 * What a requirement checks, as data: a fixed vocabulary over the stored audit report's facts, each
 * with its parameters. New kinds are added here and in evaluate-requirement.ts, never in a profile.
 */
export const requirementCheckSchema = z.discriminatedUnion('kind', [
  /** At least one v=spf1 TXT record at the domain (RFC 7208 §4.5). */
  z.object({ kind: z.literal('spf-published') }),
  /** Published and usable: one record, no permerror, within the lookup limits (RFC 7208 §4.6). */
  z.object({ kind: z.literal('spf-valid') }),
  /** The record fails every sender: its first mechanism is -all ("v=spf1 -all"). */
  z.object({ kind: z.literal('spf-reject-all') }),
  /** A DKIM key verifiers can use, found at a probed selector (RFC 6376 §3.6). */
  z.object({ kind: z.literal('dkim-published') }),
  /** No RSA key found shorter than `bits` (RFC 8301 §3.2 asks for at least 1024, advises 2048). */
  z.object({ kind: z.literal('dkim-min-bits'), bits: z.number().int().min(512).max(8192) }),
  /** A DMARC policy applies to the domain: its own, or with `inherit` its organisational domain's. */
  z.object({ kind: z.literal('dmarc-published'), inherit: z.boolean() }),
  /**
   * The applied policy (p=, or the organisational domain's sp=/np= with `inherit`) is at least
   * `atLeast`; with `allMail` it also applies to all failing mail (pct=100, no t=y).
   */
  z.object({
    kind: z.literal('dmarc-policy'),
    atLeast: disposition,
    allMail: z.boolean(),
    inherit: z.boolean(),
  }),
  /** The applied policy asks for aggregate reports (rua=); with `address`, to that mailto address. */
  z.object({
    kind: z.literal('dmarc-rua'),
    address: z.email().max(254).toLowerCase().optional(),
    inherit: z.boolean(),
  }),
  /** A Null MX is published: the domain accepts no mail (RFC 7505 §3). */
  z.object({ kind: z.literal('null-mx') }),
]);

export type RequirementCheck = z.infer<typeof requirementCheckSchema>;

/** Which domains a requirement is about: all, those that send mail, or those that send none. */
export const appliesToSchema = z.enum(['all', 'sending', 'non-sending']);

export const requirementSchema = z.object({
  /** Stable within the profile: statuses and history are keyed by it. */
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,62}$/, 'lower-case letters, digits, "." and "-", at most 63'),
  level: z.enum(['must', 'should']),
  appliesTo: appliesToSchema,
  check: requirementCheckSchema,
  /** Where the standard says so, e.g. "BOD 18-01, Required Actions 2.b". */
  source: z.string().trim().min(1).max(500),
  title: localized,
  explanation: localized,
});

export type ComplianceRequirement = z.infer<typeof requirementSchema>;

/** A profile's content: what every version stores and what admins edit. */
export const profileDefinitionSchema = z
  .object({
    name: localized,
    description: localized,
    /** The document the profile follows, e.g. a guideline's title, edition and address. */
    source: z.object({
      title: z.string().trim().min(1).max(500),
      url: z
        .url({ protocol: /^https?$/ })
        .max(2000)
        .nullable(),
      published: z.string().trim().max(100),
    }),
    requirements: z.array(requirementSchema).min(1).max(100),
  })
  .refine((p) => new Set(p.requirements.map((r) => r.id)).size === p.requirements.length, {
    message: 'requirement ids must be unique within a profile',
    path: ['requirements'],
  })
  .refine((p) => p.requirements.some((r) => r.level === 'must'), {
    message: 'a profile needs at least one "must" requirement: a domain complies when it meets them all',
    path: ['requirements'],
  });

export type ProfileDefinition = z.infer<typeof profileDefinitionSchema>;

/** A built-in profile: its definition plus the key and version it ships under. */
export interface BuiltinProfile {
  /** Stable, e.g. "jp-dmarc-guideline-2024". */
  key: string;
  /** Bumped whenever the definition changes, so the stored history keeps each version apart. */
  version: number;
  definition: ProfileDefinition;
}

/**
 * Status of one requirement for one domain's report. 'exempted' is never stored with a report's
 * evaluation: an approved exception in force lays it over the judged status when it is read.
 */
export const REQUIREMENT_STATUSES = [
  'compliant',
  'not_compliant',
  'unknown',
  'not_applicable',
  'exempted',
] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

/**
 * How a profile's "must" statuses combine, worst first: the whole profile takes the first of these
 * that any applicable must has (none applicable: not applicable). An exempted must neither fails the
 * profile nor lets it count as compliant. The rollups' SQL reads this same list.
 */
export const OVERALL_PRECEDENCE = ['not_compliant', 'unknown', 'exempted', 'compliant'] as const;
