import { parseReportUri } from '@/audit/dmarc/parse-report-uri';
import type { DmarcDisposition, DmarcTags } from '@/audit/dmarc/types';
import { isRejectAllSpf } from '@/audit/parked/is-reject-all-spf';
import type { AuditReport } from '@/audit/report';
import { adoptionFlags } from '@/lib/history/adoption-flags';
import type { ComplianceRequirement, RequirementCheck, RequirementStatus } from './profile-schema';

/** true = met, false = proven not met, null = the facts it needs were not read (a lookup failed). */
type Verdict = boolean | null;

/**
 * One requirement against one stored report. Never "not compliant" on the strength of a DNS failure:
 * a fact not read makes the requirement unknown, as the adoption flags do (lib/history/adoption-flags.ts).
 */
export function evaluateRequirement(
  requirement: ComplianceRequirement,
  report: AuditReport,
): RequirementStatus {
  const verdict = checkVerdict(requirement.check, report);
  if (requirement.appliesTo === 'all') return statusOf(verdict);
  const applies = appliesTo(requirement.appliesTo, report);
  if (applies === false) return 'not_applicable';
  // Whether the domain sends mail is unknown (its MX lookup failed): a met requirement is met either way.
  if (applies === null) return verdict === true ? 'compliant' : 'unknown';
  return statusOf(verdict);
}

function statusOf(verdict: Verdict): RequirementStatus {
  if (verdict === null) return 'unknown';
  return verdict ? 'compliant' : 'not_compliant';
}

// Non-sending = a Null MX or marked parked (AuditReport.nonSending). A failed MX lookup leaves an
// unparked domain undecided: it may publish a Null MX we did not read.
function appliesTo(scope: 'sending' | 'non-sending', report: AuditReport): Verdict {
  if (!report.nonSending && !report.parked && report.mx.status !== 'complete') return null;
  return scope === 'non-sending' ? report.nonSending : !report.nonSending;
}

function checkVerdict(check: RequirementCheck, report: AuditReport): Verdict {
  switch (check.kind) {
    case 'spf-published':
      return adoptionFlags(report).spfPublished;
    case 'spf-valid':
      return adoptionFlags(report).spfValid;
    case 'spf-reject-all':
      return spfRejectAll(report);
    case 'dkim-published':
      return adoptionFlags(report).dkimPublished;
    case 'dkim-min-bits':
      return dkimMinBits(report, check.bits);
    case 'dmarc-published':
      return dmarcPolicyVerdict(report, check.inherit, () => true);
    case 'dmarc-policy':
      return dmarcPolicyVerdict(report, check.inherit, (tags, disposition) => {
        const strongEnough = RANK[disposition] >= RANK[check.atLeast];
        return strongEnough && (!check.allMail || (tags.pct === 100 && !tags.testing));
      });
    case 'dmarc-rua':
      return dmarcPolicyVerdict(report, check.inherit, (tags) => ruaMatches(tags.rua, check.address));
    case 'null-mx':
      return adoptionFlags(report).nullMx;
  }
}

const RANK: Record<DmarcDisposition, number> = { none: 0, quarantine: 1, reject: 2 };

// One record whose first mechanism is -all (several records are a permerror, RFC 7208 §4.5).
function spfRejectAll({ spf }: AuditReport): Verdict {
  if (spf.records.length > 1) return false;
  if (spf.record !== null) return isRejectAllSpf(spf.record);
  return spf.tree.error === 'missing' || spf.status === 'complete' ? false : null;
}

// A short key already read stands; its absence proves nothing while selectors went unanswered.
function dkimMinBits({ dkim }: AuditReport, bits: number): Verdict {
  const short = dkim.keys.some(
    (key) => !key.revoked && key.type === 'rsa' && key.bits !== null && key.bits < bits,
  );
  if (short) return false;
  return dkim.status === 'complete' ? true : null;
}

/**
 * Judges the DMARC policy that applies. An inherited policy applies sp= to an existing subdomain and
 * np= to a non-existent one (RFC 9989 §4.7, RFC 7489 §6.3); when the lookups that tell the two apart
 * failed, the verdict stands only if both give the same answer.
 */
function dmarcPolicyVerdict(
  { dmarc, domain }: AuditReport,
  inherit: boolean,
  holds: (tags: DmarcTags, disposition: DmarcDisposition) => boolean,
): Verdict {
  if (dmarc.policy === null) return dmarc.status === 'complete' ? false : null;
  if (dmarc.source === 'organizational' && !inherit) return false;
  const existenceUnknown =
    dmarc.source === 'organizational' &&
    dmarc.temporaryFailures.some((f) => f.name === domain && ['MX', 'A', 'AAAA'].includes(f.type));
  if (!existenceUnknown) return holds(dmarc.policy, dmarc.policy.effective);
  const sp = holds(dmarc.policy, dmarc.policy.sp);
  return sp === holds(dmarc.policy, dmarc.policy.np) ? sp : null;
}

// rua= holds URIs (RFC 7489 §6.2); with an address, one must be mailto: that address (case-insensitive).
function ruaMatches(rua: readonly string[], address: string | undefined): boolean {
  const uris = rua.flatMap((text) => {
    const parsed = parseReportUri(text);
    return parsed.ok ? [parsed.uri] : [];
  });
  if (address === undefined) return uris.length > 0;
  return uris.some((uri) => uri.scheme === 'mailto' && uri.address.toLowerCase() === address);
}
