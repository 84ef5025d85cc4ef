import type { AuditOptions } from '@/audit/audit-domain';
import { createDnsClient } from '@/audit/dns/dns-client';
import { parseServers, systemServers } from '@/audit/dns/servers';
import { type ConnectionBudget, createConnectionBudget } from '@/audit/starttls/connection-budget';
import { webhookAllowList } from '@/lib/alerts/webhook-allow-list';
import type { Env } from '@/lib/env';
import { smtpProbeRefusal } from './smtp-probe-refusal';

/**
 * Runs whose connection budgets a worker remembers. Unlike a DNS cache (scan-dns.ts keeps 4), a
 * forgotten budget is not harmless: the run's next chunk (a retry after its backoff, while other
 * runs' chunks were handled) would start a fresh KENSA_SMTP_PROBE_MAX. A budget is a counter, so
 * the worker keeps far more runs than it can meet while one run's retries are pending.
 */
const TRACKED_RUNS = 10_000;

export type TransportOptions = Pick<AuditOptions, 'dnssec' | 'smtpProbe'>;

type TransportEnv = Pick<
  Env,
  | 'KENSA_DNS_SERVERS'
  | 'KENSA_DNS_TIMEOUT_MS'
  | 'KENSA_DNS_TRIES'
  | 'KENSA_DNS_VALIDATING'
  | 'KENSA_SMTP_PROBE'
  | 'KENSA_SMTP_PROBE_MAX'
  | 'KENSA_SMTP_PROBE_TIMEOUT_MS'
  | 'KENSA_SMTP_PROBE_PORT'
  | 'KENSA_SMTP_PROBE_ALLOW'
>;

export interface ScanTransport {
  /** The DNSSEC and STARTTLS options of one run's audits: one connection budget per run. */
  optionsFor(runId: string): TransportOptions;
  close(): void;
}

/**
 * A worker's DNSSEC validation (a second DNS client asking with CD, KENSA_DNS_VALIDATING) and SMTP
 * probing (KENSA_SMTP_PROBE), both off by default.
 */
export async function createScanTransport(config: TransportEnv): Promise<ScanTransport> {
  let checkingDisabled: ReturnType<typeof createDnsClient> | undefined;
  if (config.KENSA_DNS_VALIDATING === 'true') {
    const setting = config.KENSA_DNS_SERVERS?.trim();
    const parsed = setting ? parseServers(setting) : { ok: true as const, servers: await systemServers() };
    if (!parsed.ok) throw new Error(`KENSA_DNS_SERVERS: ${parsed.error}`);
    checkingDisabled = createDnsClient({
      servers: parsed.servers,
      timeoutMs: config.KENSA_DNS_TIMEOUT_MS,
      tries: config.KENSA_DNS_TRIES,
      checkingDisabled: true,
    });
  }
  const refuseAddress = smtpProbeRefusal(webhookAllowList(config.KENSA_SMTP_PROBE_ALLOW));
  const budgets = new Map<string, ConnectionBudget>();
  const budgetFor = (runId: string) => {
    const budget = budgets.get(runId) ?? createConnectionBudget(config.KENSA_SMTP_PROBE_MAX);
    budgets.delete(runId);
    budgets.set(runId, budget);
    for (const oldest of budgets.keys()) if (budgets.size > TRACKED_RUNS) budgets.delete(oldest);
    return budget;
  };
  return {
    optionsFor(runId) {
      return {
        ...(checkingDisabled ? { dnssec: { checkingDisabled } } : {}),
        ...(config.KENSA_SMTP_PROBE === 'true'
          ? {
              smtpProbe: {
                budget: budgetFor(runId),
                refuseAddress,
                port: config.KENSA_SMTP_PROBE_PORT,
                timeoutMs: config.KENSA_SMTP_PROBE_TIMEOUT_MS,
              },
            }
          : {}),
      };
    },
    close: () => checkingDisabled?.close(),
  };
}
