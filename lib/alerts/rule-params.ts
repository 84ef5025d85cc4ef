import { z } from 'zod';
import { FINDINGS, type FindingId } from '@/audit/findings/catalog';
import type { Severity } from '@/audit/findings/types';
import { requirementSchema } from '@/lib/compliance/profile-schema';
import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';

const findingIds = Object.keys(FINDINGS) as [FindingId, ...FindingId[]];
const severities = ['info', 'warning', 'error'] as const satisfies readonly Severity[];

/** Lower is milder; a rule with minSeverity 'warning' takes warnings and errors. */
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * What each rule kind watches, validated wherever a rule is written (form, API) and read (evaluation),
 * since `alert_rules.params` is JSON. `kind` is repeated inside params so one discriminated union
 * checks the pair.
 */
export const ruleParams = z.discriminatedUnion('kind', [
  /** A domain's adoption flag went from true to false between its previous complete scan and this one. */
  z.object({ kind: z.literal('record_lost'), metric: z.enum(ADOPTION_METRICS) }),
  /** A finding appeared (a domain_events row); by id, or any of at least a severity, or any at all. */
  z.object({
    kind: z.literal('finding_appeared'),
    findingId: z.enum(findingIds).optional(),
    minSeverity: z.enum(severities).optional(),
  }),
  /** A DKIM key still published whose first sighting is older than `days` (RFC 6376 §3.6.1 keys should rotate). */
  z.object({ kind: z.literal('dkim_key_age'), days: z.coerce.number().int().min(1).max(36_500) }),
  /** The scope's adoption percentage of a metric fell by at least `points` against a day or a week before. */
  z.object({
    kind: z.literal('adoption_fell'),
    metric: z.enum(ADOPTION_METRICS),
    points: z.coerce.number().positive().max(100),
    compare: z.enum(['previous-day', 'previous-week']),
  }),
  /** DMARC aggregate reports show a source no admin approved with volume (the finding's threshold); once per source. */
  z.object({ kind: z.literal('dmarc_unapproved_source') }),
  /** A domain that had DMARC aggregate reports has received none for `days` (a broken rua, a lost mailbox). */
  z.object({ kind: z.literal('dmarc_report_missing'), days: z.coerce.number().int().min(1).max(365) }),
  /** A comply-or-explain exception of the scope expired (matched by the expiry pass, not by a run). */
  z.object({ kind: z.literal('compliance_exception_expired') }),
  /** A group's target fell behind its trajectory (docs/targets.md); once per crossing. */
  z.object({ kind: z.literal('target_behind') }),
  /**
   * A domain became not compliant with a profile (issue 16) — as a whole, or with one requirement —
   * where its previous scan judged known was compliant. Unknown (a lookup failed) never fires.
   */
  z.object({
    kind: z.literal('compliance_lost'),
    profileId: z.uuid(),
    requirement: requirementSchema.shape.id.optional(),
  }),
  /** A group's share compliant with a profile fell below `percent` on the run's day (issue 16). */
  z.object({
    kind: z.literal('compliance_below'),
    profileId: z.uuid(),
    percent: z.coerce.number().min(0.1).max(100),
  }),
]);

export type RuleParams = z.infer<typeof ruleParams>;
export type RuleKind = RuleParams['kind'];

/** A stored rule's params with its kind; throws on a row no writer of ours could have made. */
export function parseRuleParams(kind: RuleKind, params: unknown): RuleParams {
  return ruleParams.parse({ ...(params as object), kind });
}
