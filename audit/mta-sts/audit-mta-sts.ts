import { readVersionedTxt } from '../dns/read-versioned-txt';
import type { Resolver } from '../dns/types';
import { clipText, EVIDENCE_TEXT_CHARS } from '../findings/clip-text';
import { makeFinding } from '../findings/make-finding';
import { type FailureFindings, fetchFailureFinding } from '../https/fetch-failure-finding';
import type { HttpsFetcher } from '../https/types';
import type { MxAudit } from '../mx/audit-mx';
import { receivesMail } from '../mx/receives-mail';
import { judgeMtaStsPolicy } from './mta-sts-policy-findings';
import { parseMtaStsPolicy } from './parse-mta-sts-policy';
import { MTA_STS_VERSION, parseMtaStsRecord } from './parse-mta-sts-record';
import type { MtaStsAudit } from './types';

/** RFC 8461 §3.3 leaves the limit to senders; 64 KiB is thousands of times a real policy. */
export const POLICY_MAX_BYTES = 64 * 1024;

const FAILURES: FailureFindings = {
  'no-address': 'mta-sts.policy-unavailable',
  'refused-address': 'mta-sts.policy-unavailable',
  status: 'mta-sts.policy-unavailable',
  certificate: 'mta-sts.policy-certificate',
  redirect: 'mta-sts.policy-redirect',
  'content-type': 'mta-sts.policy-content-type',
  'too-large': 'mta-sts.policy-too-large',
};

/**
 * MTA-STS (RFC 8461): the `_mta-sts` TXT record, then — with a fetcher — the policy from
 * `https://mta-sts.<domain>/.well-known/mta-sts.txt` judged against the domain's MX hosts.
 */
export async function auditMtaSts(
  domain: string,
  resolver: Resolver,
  mx: MxAudit,
  https?: HttpsFetcher,
): Promise<MtaStsAudit> {
  const name = `_mta-sts.${domain}`;
  const read = await readVersionedTxt(resolver, name, MTA_STS_VERSION);
  const empty = {
    record: null,
    policy: null,
    uncoveredMx: [],
    findings: [],
    temporaryFailures: [],
    fetch: 'none' as const,
  };
  if (!read.ok) return { ...empty, status: 'partial', temporaryFailures: [read.failure] };
  if (read.records.length === 0)
    return {
      ...empty,
      status: 'complete',
      findings: receivesMail(mx) ? [makeFinding('mta-sts.missing', { name })] : [],
    };
  const records = read.records.map((text) => clipText(text, EVIDENCE_TEXT_CHARS));
  if (records.length > 1) {
    const finding = makeFinding(
      'mta-sts.multiple-records',
      { name, records },
      `${records.length} at ${name}`,
    );
    return { ...empty, status: 'complete', findings: [finding] };
  }
  const parsed = parseMtaStsRecord(read.records[0] as string);
  const record = { raw: records[0] as string, id: parsed.id };
  if (parsed.errors.length > 0) {
    const errors = parsed.errors.slice(0, 5).map((error) => clipText(error, 200));
    return {
      ...empty,
      status: 'complete',
      record,
      findings: [
        makeFinding('mta-sts.record-invalid', { name, record: record.raw, errors }, errors.join('; ')),
      ],
    };
  }
  if (!https) return { ...empty, status: 'skipped', record, fetch: 'off' };

  const host = `mta-sts.${domain}`;
  const url = `https://${host}/.well-known/mta-sts.txt`;
  const fetched = await https.get(
    { host, path: '/.well-known/mta-sts.txt', maxBytes: POLICY_MAX_BYTES, mediaType: 'text/plain' },
    resolver,
  );
  if (fetched.outcome === 'temporary')
    return {
      ...empty,
      status: 'partial',
      record,
      fetch: 'temporary',
      temporaryFailures: fetched.dns,
      fetchProblem: clipText(fetched.detail, 300),
    };
  if (fetched.outcome === 'failed')
    return {
      ...empty,
      status: 'complete',
      record,
      fetch: 'failed',
      findings: [fetchFailureFinding(FAILURES, fetched.failure, url, fetched.detail)],
      fetchProblem: clipText(fetched.detail, 300),
    };
  const policy = parseMtaStsPolicy(fetched.body.toString('utf8'));
  const hosts = mx.records.map((r) => r.exchange).filter((exchange) => exchange !== '');
  const judged = judgeMtaStsPolicy(policy, hosts);
  const bounded = policy.policy && {
    ...policy.policy,
    mx: policy.policy.mx.slice(0, 50).map((p) => clipText(p, 255)),
  };
  return {
    ...empty,
    status: 'complete',
    record,
    fetch: 'fetched',
    policy: bounded,
    uncoveredMx: judged.uncoveredMx,
    findings: judged.findings,
  };
}
