import { isTemporary, joinTxt } from '../dns/types';
import { type Evaluation, expandTarget } from './evaluation';
import { isFailure } from './lookup-limits';
import { matchMechanism } from './match-mechanism';
import { QUALIFIER_RESULT, type SpfFailure, type SpfModifier, type SpfResult } from './spf-types';
import { isCheckableDomain } from './target-name';

/** The result of check_host() for one <domain>, and the record that decided it. */
export interface DomainOutcome {
  result: SpfResult;
  reason?: string;
  /** The mechanism that matched, as written. */
  matched?: string;
  /** The domain whose record decided, with its exp= (RFC 7208 §6.2: only that record's exp applies). */
  decidedBy?: { domain: string; exp: SpfModifier | null };
}

/** check_host() for one domain (RFC 7208 §4): record lookup and selection, then evaluation (§4.6). */
export async function checkDomain(ev: Evaluation, domain: string): Promise<DomainOutcome> {
  if (!isCheckableDomain(domain))
    return { result: 'none', reason: `'${domain}' is not a valid domain (§4.3)` };
  const answer = await ev.dns.queryQuietly(domain, 'TXT');
  if (isTemporary(answer.outcome)) return { result: 'temperror', reason: `TXT ${domain}: ${answer.outcome}` };
  const selection = ev.selectRecord(answer.records.map(joinTxt));
  if (selection.kind === 'none') return { result: 'none', reason: `${domain} publishes no SPF record` };
  if (selection.kind === 'multiple')
    return { result: 'permerror', reason: `${domain} publishes ${selection.records.length} SPF records` };
  const { parsed } = selection;
  ev.trace.push(`${domain}: "${parsed.record}"`);
  const [error] = parsed.errors;
  if (error) return { result: 'permerror', reason: `${domain}: ${error.message}` };
  for (const mechanism of parsed.mechanisms) {
    const matched = await matchMechanism(ev, mechanism, domain);
    if (isFailure(matched)) return trace(ev, matched);
    ev.trace.push(`${domain}: ${mechanism.text} → ${matched ? 'match' : 'no match'}`);
    if (matched) {
      const decidedBy = { domain, exp: parsed.exp };
      return { result: QUALIFIER_RESULT[mechanism.qualifier], matched: mechanism.text, decidedBy };
    }
  }
  if (parsed.redirect) return redirect(ev, parsed.redirect, domain);
  // §4.7: no match and no redirect: neutral.
  return { result: 'neutral', decidedBy: { domain, exp: parsed.exp } };
}

// §6.1: the result is that of check_host() on the target; "none" (or no target) is a permerror.
async function redirect(ev: Evaluation, modifier: SpfModifier, domain: string): Promise<DomainOutcome> {
  const charged = ev.dns.chargeTerm(modifier.text);
  if (charged) return trace(ev, charged);
  const target = await expandTarget(ev, modifier.value, domain);
  if (isFailure(target)) return trace(ev, target);
  ev.trace.push(`${domain}: ${modifier.text} → ${target ?? 'invalid target'}`);
  const outcome = target === null ? { result: 'none' as const } : await checkDomain(ev, target);
  if (outcome.result !== 'none') return outcome;
  return { result: 'permerror', reason: `'${modifier.text}': the target has no SPF record` };
}

/** §5.2: how the result of the included check_host() maps to a match. */
export async function matchInclude(ev: Evaluation, target: string): Promise<boolean | SpfFailure> {
  const outcome = await checkDomain(ev, target);
  ev.trace.push(`include ${target} → ${outcome.result}`);
  switch (outcome.result) {
    case 'pass':
      return true;
    case 'fail':
    case 'softfail':
    case 'neutral':
      return false;
    case 'temperror':
      return { result: 'temperror', reason: outcome.reason ?? `include:${target}: temperror` };
    case 'permerror':
      return { result: 'permerror', reason: outcome.reason ?? `include:${target}: permerror` };
    case 'none':
      return { result: 'permerror', reason: `include:${target}: the target has no SPF record` };
  }
}

function trace(ev: Evaluation, failure: SpfFailure): DomainOutcome {
  ev.trace.push(`${failure.result}: ${failure.reason}`);
  return failure;
}
