import type { FindingId } from '../findings/catalog';
import { clipText } from '../findings/clip-text';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../findings/types';
import { mxPatternMatches } from './mx-pattern-matches';
import type { ParsedMtaStsPolicy } from './parse-mta-sts-policy';

/** RFC 8461 §3.2 expects max_age "in the range of weeks or greater"; below one week is a warning. */
export const MAX_AGE_WEEK = 604_800;

export interface PolicyJudgement {
  uncoveredMx: string[];
  findings: Finding<FindingId>[];
}

/** The findings of a fetched policy: its syntax, mode, max_age, and the MX hosts it leaves out (RFC 8461 §4.1). */
export function judgeMtaStsPolicy(parsed: ParsedMtaStsPolicy, mxHosts: string[]): PolicyJudgement {
  const findings: Finding<FindingId>[] = [];
  const errors = parsed.errors.slice(0, 5).map((error) => clipText(error, 200));
  if (errors.length > 0) findings.push(makeFinding('mta-sts.policy-invalid', { errors }, errors.join('; ')));
  const { policy } = parsed;
  if (policy === null) return { uncoveredMx: [], findings };
  if (policy.mode === 'none')
    return { uncoveredMx: [], findings: [...findings, makeFinding('mta-sts.mode-none')] };
  if (policy.mode === 'testing') findings.push(makeFinding('mta-sts.mode-testing'));
  if (policy.maxAge < MAX_AGE_WEEK)
    findings.push(
      makeFinding('mta-sts.max-age-short', { maxAge: policy.maxAge }, `${policy.maxAge} seconds`),
    );
  const uncoveredMx = mxHosts.filter((host) => !policy.mx.some((pattern) => mxPatternMatches(pattern, host)));
  if (uncoveredMx.length > 0)
    findings.push(
      makeFinding(
        'mta-sts.mx-not-covered',
        { hosts: uncoveredMx, patterns: policy.mx.slice(0, 20) },
        uncoveredMx.join(', '),
      ),
    );
  return { uncoveredMx, findings };
}
