import { createHttpsFetcher } from '@/audit/https/create-https-fetcher';
import type { HttpsFetcher } from '@/audit/https/types';
import { isAllowed, webhookAllowList } from '@/lib/alerts/webhook-allow-list';
import type { Env } from '@/lib/env';

/**
 * The HTTPS fetcher scans give auditDomain for MTA-STS policies and BIMI logos, or none when
 * KENSA_MTA_STS_FETCH is "false". System CAs (plus Node's NODE_EXTRA_CA_CERTS), port 443, non-public
 * addresses refused unless in KENSA_MTA_STS_ALLOW (the demo's loopback server, KENSA_MTA_STS_PORT).
 */
export function scanHttpsFetcher(
  config: Pick<
    Env,
    'KENSA_MTA_STS_FETCH' | 'KENSA_MTA_STS_TIMEOUT_MS' | 'KENSA_MTA_STS_PORT' | 'KENSA_MTA_STS_ALLOW'
  >,
): HttpsFetcher | undefined {
  if (config.KENSA_MTA_STS_FETCH === 'false') return undefined;
  const allow = webhookAllowList(config.KENSA_MTA_STS_ALLOW);
  return createHttpsFetcher({
    timeoutMs: config.KENSA_MTA_STS_TIMEOUT_MS,
    port: config.KENSA_MTA_STS_PORT,
    allowAddress: (address) => isAllowed(allow, address, address),
  });
}
