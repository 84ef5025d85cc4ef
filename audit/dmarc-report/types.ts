/**
 * A DMARC aggregate report (RFC 7489 Appendix C; RFC 9990 for the `dmarc-2.0` namespace) as Kensa
 * keeps it: normalised (enumerations trimmed and lower-cased, times in UTC ISO 8601). The fields of
 * issue 14's CLI contract come first and are printed as they are by `kensa dmarc-report --json`; the
 * rest are what storage and the views also use. Parsing fills it; storage and the views read it.
 */

/** One `auth_results/dkim` entry: a signature the receiver checked, aligned or not. */
export interface DmarcDkimResult {
  domain: string;
  /** Absent in many reports (it is optional in RFC 7489's schema). */
  selector: string | null;
  /** `none`, `pass`, `fail`, `policy`, `neutral`, `temperror`, `permerror`. */
  result: string;
}

/** One `auth_results/spf` entry. */
export interface DmarcSpfResult {
  domain: string;
  /** `helo` or `mfrom`; null when the reporter leaves it out. */
  scope: string | null;
  /** `none`, `neutral`, `pass`, `fail`, `softfail`, `temperror`, `permerror`. */
  result: string;
}

/** A policy override reason (RFC 7489 Appendix C `PolicyOverrideReason`). */
export interface DmarcPolicyOverride {
  type: string;
  comment: string | null;
}

/** One `<record>`: messages from one source IP with one set of results. */
export interface DmarcReportRecord {
  sourceIp: string;
  count: number;
  /** `none`, `quarantine`, `reject` (as the receiver applied it). */
  disposition: string;
  /** The DMARC-aligned DKIM result the receiver evaluated (`policy_evaluated/dkim`). */
  dkimAligned: 'pass' | 'fail';
  spfAligned: 'pass' | 'fail';
  headerFrom: string;
  envelopeFrom: string | null;
  dkim: DmarcDkimResult[];
  spf: DmarcSpfResult[];
  /** `identifiers/envelope_to`, when given. */
  envelopeTo: string | null;
  reasons: DmarcPolicyOverride[];
}

/** `policy_published`: the policy the receiver found in DNS. */
export interface DmarcPolicyPublished {
  p: string;
  /** Null when the report leaves it out (the parser's documentation says what the CLI prints then). */
  sp: string | null;
  pct: number | null;
  /** RFC 9990 `np` (non-existent subdomains). */
  np: string | null;
  adkim: string | null;
  aspf: string | null;
  fo: string | null;
  /** RFC 9990 `testing` (`y`/`n`). */
  testing: string | null;
  /** RFC 9990 `discovery_method` (`psl`/`treewalk`). */
  discoveryMethod: string | null;
}

export interface DmarcAggregateReport {
  orgName: string;
  reportId: string;
  /** Lower-case, no trailing dot. */
  policyDomain: string;
  /** ISO 8601 UTC, e.g. `2026-11-30T00:00:00Z`. */
  begin: string;
  end: string;
  policyPublished: DmarcPolicyPublished;
  records: DmarcReportRecord[];
  /** Sum of the records' counts. */
  messages: number;
  /** `report_metadata/email`, `extra_contact_info`, `error`s and RFC 9990 `generator`. */
  reporterEmail: string | null;
  extraContactInfo: string | null;
  errors: string[];
  generator: string | null;
  /** The XML namespace the report declared (null when none). */
  namespace: string | null;
}
