import { joinTxt } from '../dns/types';
import type { DomainOutcome } from './check-domain';
import { type Evaluation, expandTarget, macroContext } from './evaluation';
import { isFailure } from './lookup-limits';
import { expandMacros } from './macros';

/**
 * The explanation of a fail (RFC 7208 §6.2): the single TXT record at the expanded exp= target,
 * macro-expanded. Any problem (DNS error, no or several records, bad syntax, non-ASCII text) means
 * no explanation, never a different result. The lookup is not counted against the limits.
 */
export async function explain(
  ev: Evaluation,
  decidedBy: DomainOutcome['decidedBy'],
): Promise<string | undefined> {
  if (!decidedBy?.exp) return undefined;
  const target = await expandTarget(ev, decidedBy.exp.value, decidedBy.domain);
  if (target === null || isFailure(target)) return undefined;
  const answer = await ev.dns.queryQuietly(target, 'TXT');
  const [record, ...others] = answer.records;
  if (answer.outcome !== 'answer' || record === undefined || others.length > 0) return undefined;
  const text = joinTxt(record);
  const expanded = expandMacros(text, await macroContext(ev, text, decidedBy.domain), { exp: true });
  return expanded.ok ? expanded.value : undefined;
}
