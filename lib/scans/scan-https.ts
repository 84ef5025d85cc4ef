import { createHttpsFetcher } from '@/audit/https/create-https-fetcher';
import type { HttpsFetcher } from '@/audit/https/types';
import type { Env } from '@/lib/env';

/**
 * The HTTPS fetcher scans give auditDomain for MTA-STS policies and BIMI logos, or none when
 * KENSA_MTA_STS_FETCH is "false". System CAs, port 443, non-public addresses refused.
 */
export function scanHttpsFetcher(
  config: Pick<Env, 'KENSA_MTA_STS_FETCH' | 'KENSA_MTA_STS_TIMEOUT_MS'>,
): HttpsFetcher | undefined {
  if (config.KENSA_MTA_STS_FETCH === 'false') return undefined;
  return createHttpsFetcher({ timeoutMs: config.KENSA_MTA_STS_TIMEOUT_MS });
}
