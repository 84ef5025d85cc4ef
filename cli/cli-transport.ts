import { createDnsClient, type DnsClient } from '../audit/dns/dns-client';
import { createConnectionBudget } from '../audit/starttls/connection-budget';
import { parseWebhookAllow, type WebhookAllowList } from '../lib/alerts/webhook-allow-list';
import type { TransportOptions } from '../lib/scans/scan-transport-options';
import { smtpProbeRefusal } from '../lib/scans/smtp-probe-refusal';
import { cliDnsOptions, type DnsFlags, positiveInteger } from './cli-resolver';
import { UsageError } from './usage-error';

export interface TransportFlags extends DnsFlags {
  dnssec?: boolean | undefined;
  'smtp-probe'?: boolean | undefined;
  'smtp-port'?: string | undefined;
  'smtp-timeout'?: string | undefined;
}

/** The options of `kensa audit` for DNSSEC and STARTTLS (node:util parseArgs form). */
export const TRANSPORT_OPTIONS = {
  dnssec: { type: 'boolean' },
  'smtp-probe': { type: 'boolean' },
  'smtp-port': { type: 'string' },
  'smtp-timeout': { type: 'string' },
} as const;

/**
 * --dnssec (or KENSA_DNS_VALIDATING=true): the resolvers validate, read their AD bit, with a second
 * client asking with CD. --smtp-probe (or KENSA_SMTP_PROBE=true): probe STARTTLS, at most 1000
 * connections per invocation, non-public addresses refused unless in KENSA_SMTP_PROBE_ALLOW.
 */
export async function cliTransport(
  flags: TransportFlags,
): Promise<{ options: TransportOptions; close(): void }> {
  let checkingDisabled: DnsClient | undefined;
  if (flags.dnssec ?? process.env.KENSA_DNS_VALIDATING === 'true')
    checkingDisabled = createDnsClient({ ...(await cliDnsOptions(flags)), checkingDisabled: true });
  const probe = flags['smtp-probe'] ?? process.env.KENSA_SMTP_PROBE === 'true';
  const options: TransportOptions = {
    ...(checkingDisabled ? { dnssec: { checkingDisabled } } : {}),
    ...(probe
      ? {
          smtpProbe: {
            budget: createConnectionBudget(1000),
            refuseAddress: smtpProbeRefusal(probeAllowList()),
            port: positiveInteger('--smtp-port', flags['smtp-port'], 25),
            timeoutMs: positiveInteger('--smtp-timeout', flags['smtp-timeout'], 10_000),
          },
        }
      : {}),
  };
  return { options, close: () => checkingDisabled?.close() };
}

/** KENSA_SMTP_PROBE_ALLOW, which no env.ts checked for the CLI: a bad entry is a usage error naming it. */
function probeAllowList(): WebhookAllowList {
  const parsed = parseWebhookAllow(process.env.KENSA_SMTP_PROBE_ALLOW);
  if (!parsed.ok) throw new UsageError(`KENSA_SMTP_PROBE_ALLOW: cannot read ${parsed.bad.join(', ')}`);
  return parsed.allow;
}
