import type { TemporaryFailure } from '../dns/types';
import { isTemporary, isVoid, type Resolver } from '../dns/types';
import { checkReportAuthorization } from './check-report-authorization';
import { dmarcFindings } from './dmarc-findings';
import { findMisplacedDmarc } from './find-misplaced-dmarc';
import { organizationalDomain } from './organizational-domain';
import { type DmarcName, readDmarcName } from './read-dmarc-name';
import type { DmarcAudit, DmarcPolicy, DmarcTags } from './types';

/**
 * Audits the DMARC policy that applies to a domain (RFC 7489 §6.6.3): its own `_dmarc` record, or
 * else its Organizational Domain's, whose sp= (np= for a non-existent domain, RFC 9989) then applies.
 * What could not be read is reported as temporary, never as missing.
 */
export async function auditDmarc(domain: string, resolver: Resolver): Promise<DmarcAudit> {
  const orgDomain = organizationalDomain(domain);
  const { names, used, source, temporaryFailures } = await discover(domain, orgDomain, resolver);
  const single = used?.discoverable.length === 1 ? used.discoverable[0] : undefined;
  const tags = single?.parsed.tags ?? null;
  const policy = tags && source ? await applyPolicy(domain, tags, source, resolver, temporaryFailures) : null;
  const policyDomain = source === 'organizational' ? orgDomain : domain;
  const destinations = policy ? [...policy.rua, ...policy.ruf] : [];
  const authorization = await checkReportAuthorization(policyDomain, destinations, resolver);
  temporaryFailures.push(...authorization.temporaryFailures);
  const record = tags ? (single?.text ?? null) : null;
  const complete = temporaryFailures.length === 0;
  // Asked only when no record was found: then a record at a wrong name is what the owner meant.
  const misplaced = complete && used === undefined ? await findMisplacedDmarc(domain, resolver) : [];
  const facts = {
    domain,
    organizationalDomain: orgDomain,
    source,
    names,
    record,
    policy,
    complete,
    misplaced,
  };
  return {
    status: complete ? 'complete' : 'partial',
    record,
    records: used?.discoverable.map((r) => r.text) ?? [],
    source,
    organizationalDomain: orgDomain,
    policy,
    enforcing: policy !== null && policy.effective !== 'none' && policy.pct === 100 && !policy.testing,
    temporaryFailures,
    findings: dmarcFindings({ ...facts, unauthorized: authorization.unauthorized }),
  };
}

/**
 * RFC 7489 §6.6.3: the domain's own `_dmarc`, then — only if it holds no usable record — the
 * Organizational Domain's. Several records at the first name end discovery there; so does a
 * temporary failure, since what it hides is unknown.
 */
async function discover(domain: string, orgDomain: string, resolver: Resolver) {
  const own = await readDmarcName(domain, resolver);
  const names: DmarcName[] = [own];
  if (!own.temporary && own.discoverable.length === 0 && orgDomain !== domain) {
    names.push(await readDmarcName(orgDomain, resolver));
  }
  const temporaryFailures: TemporaryFailure[] = names
    .filter((name) => name.temporary)
    .map((name) => ({ name: name.name, type: 'TXT', outcome: name.outcome }));
  const used = temporaryFailures.length > 0 ? undefined : names.find((name) => name.discoverable.length > 0);
  const source: DmarcAudit['source'] = used ? (used === own ? 'own' : 'organizational') : null;
  return { names, used, source, temporaryFailures };
}

/** Which tag decides: p for the domain's own record; sp when inherited, np if the domain does not exist. */
async function applyPolicy(
  domain: string,
  tags: DmarcTags,
  source: 'own' | 'organizational',
  resolver: Resolver,
  temporaryFailures: TemporaryFailure[],
): Promise<DmarcPolicy> {
  if (source === 'own') return { ...tags, applied: 'p', effective: tags.p };
  const applied = (await isNonExistent(domain, resolver, temporaryFailures)) ? 'np' : 'sp';
  return { ...tags, applied, effective: tags[applied] };
}

/** RFC 9989's non-existent domain: NXDOMAIN or NODATA for A, AAAA and MX alike (first RFC 9091 §2.7). */
async function isNonExistent(
  domain: string,
  resolver: Resolver,
  temporaryFailures: TemporaryFailure[],
): Promise<boolean> {
  const answers = await Promise.all(
    (['MX', 'A', 'AAAA'] as const).map((type) => resolver.query(domain, type)),
  );
  for (const { name, type, outcome } of answers)
    if (isTemporary(outcome)) temporaryFailures.push({ name, type, outcome });
  return answers.every((answer) => isVoid(answer.outcome));
}
