import type { TemporaryFailure } from '../dns/types';
import { isTemporary, joinTxt, type Resolver } from '../dns/types';
import { organizationalDomain } from './organizational-domain';
import { parseReportUri } from './parse-report-uri';

export interface ReportAuthorization {
  /** External destinations whose host publishes no authorization for the policy domain. */
  unauthorized: Array<{ uri: string; host: string; query: string }>;
  temporaryFailures: TemporaryFailure[];
}

/**
 * RFC 7489 §7.1: a report destination whose Organizational Domain differs from the policy domain's
 * must publish `<policy domain>._report._dmarc.<destination host>` TXT "v=DMARC1…", or receivers send
 * it nothing. Each external host is asked once.
 */
export async function checkReportAuthorization(
  policyDomain: string,
  uris: string[],
  resolver: Resolver,
): Promise<ReportAuthorization> {
  const ownOrg = organizationalDomain(policyDomain);
  const external = uris.flatMap((text) => {
    const parsed = parseReportUri(text);
    const host = parsed.ok ? parsed.uri.domain : null;
    return host && organizationalDomain(host) !== ownOrg ? [{ uri: text, host }] : [];
  });
  const hosts = [...new Set(external.map((destination) => destination.host))];
  const answers = await Promise.all(
    hosts.map((host) => resolver.query(`${policyDomain}._report._dmarc.${host}`, 'TXT')),
  );
  const result: ReportAuthorization = { unauthorized: [], temporaryFailures: [] };
  answers.forEach((answer, index) => {
    const host = hosts[index] ?? '';
    if (isTemporary(answer.outcome)) {
      result.temporaryFailures.push({ name: answer.name, type: answer.type, outcome: answer.outcome });
    } else if (!answer.records.map(joinTxt).some((text) => /^[vV]\s*=\s*DMARC1\s*(;|$)/.test(text))) {
      const denied = external.filter((destination) => destination.host === host);
      result.unauthorized.push(...denied.map(({ uri }) => ({ uri, host, query: answer.name })));
    }
  });
  return result;
}
