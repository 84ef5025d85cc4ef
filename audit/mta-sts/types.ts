import type { TemporaryFailure } from '../dns/types';
import type { Finding } from '../findings/types';
import type { FetchOutcome } from '../https/types';

/** RFC 8461 §5: what a sending MTA does when a host fails the policy. */
export type MtaStsMode = 'enforce' | 'testing' | 'none';

/** A policy file that parsed (RFC 8461 §3.2); its problems are findings, not fields. */
export interface MtaStsPolicy {
  mode: MtaStsMode;
  /** The `mx` patterns as written, lower-case ("*.example.jp" allowed). */
  mx: string[];
  /** Seconds; RFC 8461 §3.2 caps it at 31557600. */
  maxAge: number;
}

export interface MtaStsAudit {
  /**
   * 'skipped' when policy fetching is off (KENSA_MTA_STS_FETCH=false, or the CLI's switch): only the
   * `_mta-sts` TXT record was read. 'partial' when a lookup or the fetch failed temporarily.
   */
  status: 'complete' | 'partial' | 'skipped';
  /** The one `v=STSv1` TXT record at `_mta-sts.<domain>` (RFC 8461 §3.1); null when none. */
  record: { raw: string; id: string | null } | null;
  /** The fetched policy; null when there is no record, fetching is off, or the fetch or parse failed. */
  policy: MtaStsPolicy | null;
  /** MX hosts that no `mx` pattern of the policy matches (RFC 8461 §4.1). */
  uncoveredMx: string[];
  findings: Finding[];
  temporaryFailures: TemporaryFailure[];
  /** What became of the HTTPS fetch; its problem, if any, is in `fetchProblem` and the findings. */
  fetch: FetchOutcome;
  /** Why the policy could not be read (bounded server text): a definite failure, or a temporary one when 'partial'. */
  fetchProblem?: string;
}
