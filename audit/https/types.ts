import type { Resolver, TemporaryFailure } from '../dns/types';

/** Why a fetch definitely failed: the domain's doing, reported as a finding. */
export type HttpsFailure =
  | 'no-address'
  | 'refused-address'
  | 'certificate'
  | 'redirect'
  | 'status'
  | 'content-type'
  | 'too-large';

export type HttpsOutcome =
  | { outcome: 'ok'; body: Buffer }
  | { outcome: 'failed'; failure: HttpsFailure; detail: string }
  /** A timeout, a refused or reset connection, a 5xx, a DNS failure: unknown, never "missing". */
  | { outcome: 'temporary'; detail: string; dns: TemporaryFailure[] };

/**
 * What became of the fetch of a policy or logo, as the report keeps it: 'fetched' (the body was read;
 * what it held is judged in the findings), 'failed' (a definite failure, a finding), 'temporary'
 * (unknown: the section is partial), 'off' (fetching switched off), 'none' (nothing to fetch: no
 * usable record, or a BIMI record without l=).
 */
export type FetchOutcome = 'fetched' | 'failed' | 'temporary' | 'off' | 'none';

export interface HttpsRequest {
  /** The host name of the URL (lower-case A-label); its certificate must be valid for it. */
  host: string;
  /** Path and query, starting with "/". */
  path: string;
  /** Bytes read at most; a longer body is 'too-large'. */
  maxBytes: number;
  /** The media type required (RFC 8461 §3.3: text/plain for MTA-STS policies); any when absent. */
  mediaType?: string;
}

/**
 * Fetches one URL where an audited domain's records point (MTA-STS policies, BIMI logos). The
 * host's address comes from `resolver`, the DNS Kensa audits with, never the system's.
 */
export interface HttpsFetcher {
  get(request: HttpsRequest, resolver: Resolver): Promise<HttpsOutcome>;
}
