import type { Resolver } from '../dns/types';
import { checkDomain, type DomainOutcome, matchInclude } from './check-domain';
import type { Evaluation } from './evaluation';
import { explain } from './explanation';
import { parseClientIp } from './ip-address';
import { createSpfLookups } from './lookup-limits';
import { type RecordSelector, selectSpfRecord } from './select-spf-record';
import type { SpfResult } from './spf-types';

export interface CheckHostInput {
  /** The SMTP client's address, IPv4 or IPv6. */
  ip: string;
  /** The domain whose policy is checked: the MAIL FROM domain, or the HELO name (RFC 7208 §2.3, §2.4). */
  domain: string;
  /** The MAIL FROM address, or postmaster@<HELO> when it is empty. */
  sender: string;
  /** The HELO/EHLO name, for %{h}. */
  helo: string;
}

export interface CheckHostOptions {
  /** The receiving host, for %{r} in explanations. */
  receiver?: string;
  /** Record selection; Sender ID (RFC 4406 §4.4) replaces the SPF rule of RFC 7208 §4.5. */
  selectRecord?: RecordSelector;
}

export interface CheckHostResult {
  result: SpfResult;
  /** Why an error result came about. */
  reason?: string;
  /** The explanation from exp= on a fail (RFC 7208 §6.2); absent when none applies. */
  explanation?: string;
  /** The mechanism that decided, as written. */
  matched?: string;
  /** DNS-querying terms evaluated (RFC 7208 §4.6.4). */
  lookups: number;
  voidLookups: number;
  trace: string[];
}

/** RFC 7208 check_host(): whether `ip` may send mail for `domain`, and why. */
export async function checkHost(
  input: CheckHostInput,
  resolver: Resolver,
  options: CheckHostOptions = {},
): Promise<CheckHostResult> {
  const trace: string[] = [];
  const dns = createSpfLookups(resolver, trace);
  const finish = (outcome: DomainOutcome, explanation?: string): CheckHostResult => {
    const { result, reason, matched } = outcome;
    return { result, reason, explanation, matched, lookups: dns.terms, voidLookups: dns.voids, trace };
  };
  const ip = parseClientIp(input.ip);
  if (!ip) return finish({ result: 'none', reason: `'${input.ip}' is not an IP address` });
  const domain = input.domain.replace(/\.$/, '');
  // §4.3: a sender without a local-part is postmaster@<domain>.
  const at = input.sender.lastIndexOf('@');
  const localPart = (at >= 0 ? input.sender.slice(0, at) : '') || 'postmaster';
  const senderDomain = (at >= 0 ? input.sender.slice(at + 1) : input.sender) || domain;
  const ev: Evaluation = {
    dns,
    ip,
    macros: {
      sender: `${localPart}@${senderDomain}`,
      localPart,
      senderDomain,
      ip,
      helo: input.helo,
      receiver: options.receiver,
    },
    selectRecord: options.selectRecord ?? selectSpfRecord,
    include: (target) => matchInclude(ev, target),
    trace,
  };
  const outcome = await checkDomain(ev, domain);
  const explanation = outcome.result === 'fail' ? await explain(ev, outcome.decidedBy) : undefined;
  return finish(outcome, explanation);
}
