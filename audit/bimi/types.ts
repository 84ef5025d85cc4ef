import type { TemporaryFailure } from '../dns/types';
import type { Finding } from '../findings/types';
import type { FetchOutcome } from '../https/types';

export interface BimiAudit {
  /** 'skipped' when the logo was not fetched (HTTPS fetching off); 'partial' on a temporary failure. */
  status: 'complete' | 'partial' | 'skipped';
  /** The `v=BIMI1` TXT record at `default._bimi.<domain>`; null when none. */
  record: { raw: string; location: string | null; authority: string | null } | null;
  /** The logo at `l=` passed the SVG Tiny PS checks; null when not fetched or no `l=`. */
  logoValid: boolean | null;
  /** DMARC holds what BIMI requires (quarantine or reject, pct=100, also for sp=); null when unknown. */
  dmarcEligible: boolean | null;
  findings: Finding[];
  temporaryFailures: TemporaryFailure[];
  /** What became of the HTTPS fetch; its problem, if any, is in `fetchProblem` and the findings. */
  fetch: FetchOutcome;
  /** Why the logo could not be read (bounded server text): a definite failure, or a temporary one when 'partial'. */
  fetchProblem?: string;
}
