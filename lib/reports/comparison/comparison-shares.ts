import type { ComplianceShare, Share } from './group-comparison-schema';

/** Statuses that say nothing about compliance: the domain is left out of the percentage. */
const NOT_JUDGED = new Set(['unknown', 'not_applicable']);

/** A percentage as the comparison prints it: one decimal, as the ministry slides ("37.4%"). */
export function roundOne(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The change in points between two percentages, from their printed (one-decimal) values, so that
 * "37.4% → 63.2%" is always followed by "+25.8", never by a figure the reader cannot check.
 */
export function pointsBetween(then: number | null, now: number | null): number | null {
  if (then === null || now === null) return null;
  return roundOne(roundOne(now) - roundOne(then));
}

/** Adoption of one metric among members: true adopted, false not, null unknown. */
export function flagShare(flags: ReadonlyArray<boolean | null>): Share {
  const adopted = flags.filter((flag) => flag === true).length;
  const unknown = flags.filter((flag) => flag === null).length;
  const known = flags.length - unknown;
  return {
    adopted,
    known,
    unknown,
    domains: flags.length,
    percent: known === 0 ? null : (adopted / known) * 100,
  };
}

/**
 * Compliance with one requirement among members, from their statuses: compliant over the members
 * judged — every status but unknown and not applicable, so "exempted" (an exception in force)
 * counts as judged and not compliant.
 */
export function statusShare(statuses: readonly string[]): ComplianceShare {
  const tally: Record<string, number> = {};
  for (const status of statuses) tally[status] = (tally[status] ?? 0) + 1;
  const adopted = tally.compliant ?? 0;
  const unknown = tally.unknown ?? 0;
  const domains = statuses.length - (tally.not_applicable ?? 0);
  const known = statuses.filter((status) => !NOT_JUDGED.has(status)).length;
  return {
    adopted,
    known,
    unknown,
    domains,
    percent: known === 0 ? null : (adopted / known) * 100,
    statuses: tally,
  };
}

/** Whether a status is judged and short of compliant (not compliant, or any later judged status). */
export function fallsShort(status: string): boolean {
  return status !== 'compliant' && !NOT_JUDGED.has(status);
}
