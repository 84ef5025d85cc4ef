import type { Resolver, TemporaryFailure } from '../dns/types';
import type { FindingId } from '../findings/catalog';
import { clipText } from '../findings/clip-text';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../findings/types';
import { type FailureFindings, fetchFailureFinding } from '../https/fetch-failure-finding';
import type { HttpsFetcher } from '../https/types';
import { checkSvgTinyPs, SVG_MAX_BYTES } from './check-svg-tiny-ps';

const FAILURES: FailureFindings = {
  'no-address': 'bimi.logo-unavailable',
  'refused-address': 'bimi.logo-unavailable',
  status: 'bimi.logo-unavailable',
  certificate: 'bimi.logo-certificate',
  redirect: 'bimi.logo-redirect',
  'content-type': 'bimi.logo-not-tiny-ps',
  'too-large': 'bimi.logo-too-large',
};

export interface LogoCheck {
  /** Null when the fetch failed temporarily. */
  valid: boolean | null;
  temporary: boolean;
  findings: Finding<FindingId>[];
  dns: TemporaryFailure[];
  problem?: string;
}

/** Fetches the `l=` logo (an https URL the parser accepted) and checks it as SVG Tiny PS. */
export async function checkBimiLogo(
  location: string,
  resolver: Resolver,
  https: HttpsFetcher,
): Promise<LogoCheck> {
  const url = new URL(location);
  const fetched = await https.get(
    { host: url.hostname, path: `${url.pathname}${url.search}`, maxBytes: SVG_MAX_BYTES },
    resolver,
  );
  if (fetched.outcome === 'temporary')
    return {
      valid: null,
      temporary: true,
      findings: [],
      dns: fetched.dns,
      problem: clipText(fetched.detail, 300),
    };
  if (fetched.outcome === 'failed') {
    const finding = fetchFailureFinding(FAILURES, fetched.failure, location, fetched.detail);
    return {
      valid: false,
      temporary: false,
      findings: [finding],
      dns: [],
      problem: clipText(fetched.detail, 300),
    };
  }
  const problems = checkSvgTinyPs(fetched.body.toString('utf8')).map((problem) => clipText(problem, 200));
  const findings =
    problems.length > 0
      ? [
          makeFinding(
            'bimi.logo-not-tiny-ps',
            { url: clipText(location, 300), problems },
            problems.join('; '),
          ),
        ]
      : [];
  return { valid: problems.length === 0, temporary: false, findings, dns: [] };
}
