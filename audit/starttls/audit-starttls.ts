import { isTemporary, type Resolver } from '../dns/types';
import type { FindingId } from '../findings/catalog';
import { makeFinding } from '../findings/make-finding';
import type { Finding } from '../findings/types';
import { probeSmtp, type SmtpProbeResult } from './probe-smtp';
import type { SmtpProbeOptions } from './smtp-probe-options';
import type { StarttlsAudit, StarttlsHost } from './types';

/** RFC 8996 deprecates everything below TLS 1.2. */
const OLD_TLS = new Set(['SSLv3', 'TLSv1', 'TLSv1.1']);

/**
 * MX hosts probed per domain. The MX list is the audited domain's to write: thousands of names,
 * all probed at once, would spend the run's whole cap on one domain (the others left unprobed) and
 * point that many simultaneous connections wherever the names resolve. Senders stop far sooner
 * (Postfix tries 5 addresses, smtp_mx_address_limit).
 */
const MAX_HOSTS_PER_DOMAIN = 10;

export interface StarttlsResult {
  audit: StarttlsAudit;
  /** Each probed host's certificate chain (DER), for DANE matching; kept out of the report. */
  chains: Map<string, Buffer[]>;
}

/**
 * Probes each MX host on port 25 (RFC 3207), at the address the domain's DNS gives it and nowhere
 * else: one connection per host, for at most MAX_HOSTS_PER_DOMAIN hosts, refused for addresses
 * `refuseAddress` rules out, none once the run's cap is reached. A failed connection is unknown (`partial`), never "STARTTLS not offered".
 */
export async function auditStarttls(
  hosts: string[],
  resolver: Resolver,
  options: SmtpProbeOptions | undefined,
): Promise<StarttlsResult> {
  const chains = new Map<string, Buffer[]>();
  if (options === undefined) return { audit: { status: 'skipped', hosts: [], findings: [] }, chains };
  const now = (options.now ?? (() => new Date()))();
  const results = await Promise.all(
    hosts.map(async (host, index): Promise<StarttlsHost> => {
      const probed: Probed =
        index < MAX_HOSTS_PER_DOMAIN
          ? await probeHost(host, resolver, options)
          : {
              outcome: 'not-probed',
              detail: `only the first ${MAX_HOSTS_PER_DOMAIN} MX hosts of a domain are probed`,
            };
      if (probed.chain) chains.set(host, probed.chain);
      return {
        host,
        outcome: probed.outcome,
        ...(probed.detail === undefined ? {} : { detail: probed.detail }),
        ...(probed.tlsVersion === undefined ? {} : { tlsVersion: probed.tlsVersion }),
        ...(probed.certificate === undefined ? {} : { certificate: probed.certificate }),
      };
    }),
  );
  const unknown = results.filter(
    (r) => r.outcome === 'connect-failed' || r.outcome === 'timeout' || r.outcome === 'not-probed',
  );
  return {
    audit: {
      status: unknown.length > 0 ? 'partial' : 'complete',
      hosts: results,
      findings: starttlsFindings(results, now),
    },
    chains,
  };
}

type Probed = Omit<SmtpProbeResult, 'outcome'> & { outcome: StarttlsHost['outcome'] };

async function probeHost(host: string, resolver: Resolver, options: SmtpProbeOptions): Promise<Probed> {
  const address = await addressOf(host, resolver);
  if (typeof address !== 'string') return { outcome: 'connect-failed', detail: address.error };
  const refusal = options.refuseAddress(address);
  if (refusal !== null) return { outcome: 'connect-failed', detail: `${address}: ${refusal}` };
  if (!options.budget.take())
    return { outcome: 'not-probed', detail: "the run's SMTP connection cap was reached" };
  return probeSmtp({
    host,
    address,
    port: options.port ?? 25,
    timeoutMs: options.timeoutMs ?? 10_000,
    ehloName: options.ehloName ?? 'localhost',
    ca: options.ca,
  });
}

/** The host's first IPv4 address, else its first IPv6 one (from the audit's own resolver). */
async function addressOf(host: string, resolver: Resolver): Promise<string | { error: string }> {
  for (const type of ['A', 'AAAA'] as const) {
    const answer = await resolver.query(host, type);
    if (isTemporary(answer.outcome)) return { error: `${host} ${type}: ${answer.outcome}` };
    const [first] = answer.records;
    if (first !== undefined) return first;
  }
  return { error: `${host} has no address` };
}

function starttlsFindings(hosts: StarttlsHost[], now: Date): Finding[] {
  const findings: Finding[] = [];
  const each = (id: FindingId, match: (host: StarttlsHost) => boolean) => {
    const names = hosts.filter(match).map((host) => host.host);
    if (names.length > 0) findings.push(makeFinding(id, { hosts: names }, names.join(', ')));
  };
  each('starttls.not-offered', (h) => h.outcome === 'no-starttls');
  each('starttls.handshake-failed', (h) => h.outcome === 'tls-failed');
  each('starttls.old-tls', (h) => h.tlsVersion !== undefined && OLD_TLS.has(h.tlsVersion));
  each('starttls.certificate-name-mismatch', (h) => h.certificate?.nameMatches === false);
  each('starttls.certificate-untrusted', (h) => h.certificate?.trusted === false);
  each(
    'starttls.certificate-expired',
    (h) => h.certificate !== undefined && Date.parse(h.certificate.notAfter) < now.getTime(),
  );
  each(
    'starttls.probe-failed',
    (h) => h.outcome === 'connect-failed' || h.outcome === 'timeout' || h.outcome === 'not-probed',
  );
  return findings;
}
