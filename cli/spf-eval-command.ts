import { parseArgs } from 'node:util';
import { normalizeDomain } from '../audit/domain-name';
import { checkHost } from '../audit/spf/check-host';
import { parseClientIp } from '../audit/spf/ip-address';
import { smtpIdentity } from '../audit/spf/smtp-identity';
import type { CliIo } from './cli-io';
import { cliResolver, DNS_OPTIONS } from './cli-resolver';
import { EXIT, UsageError } from './usage-error';

export const SPF_EVAL_USAGE =
  'kensa spf-eval --ip IP --sender ADDR --helo NAME [--dns HOST:PORT[,…]] [--timeout MS] [--tries N] [--json]';

/**
 * `kensa spf-eval`: RFC 7208 check_host() for one message. The checked domain is the MAIL FROM
 * domain, or the HELO name when MAIL FROM is empty (§2.4). Only unusable arguments are refused
 * (exit 2); a malformed name is evaluated, as an MTA would, and check_host() says "none" (§4.3).
 */
export async function spfEvalCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ip: { type: 'string' },
      sender: { type: 'string', default: '' },
      helo: { type: 'string', default: '' },
      ...DNS_OPTIONS,
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.ip || !parseClientIp(values.ip))
    throw new UsageError(`--ip must be an IPv4 or IPv6 address\nusage: ${SPF_EVAL_USAGE}`);
  if (!values.sender && !values.helo)
    throw new UsageError(`give --sender, --helo or both\nusage: ${SPF_EVAL_USAGE}`);
  const identity = smtpIdentity(values.ip, values.sender, values.helo);
  // RFC 7208 §4.3: check_host() takes A-labels. A name that does not normalize goes on as received:
  // check_host() answers "none" for a malformed one, as it would inside an MTA.
  const normalized = normalizeDomain(identity.domain);
  const domain = normalized.ok ? normalized.ascii : identity.domain;
  const { resolver, client } = await cliResolver(values);
  try {
    const result = await checkHost({ ...identity, domain }, resolver);
    if (values.json) {
      io.stdout(`${JSON.stringify({ domain, ...result }, null, 2)}\n`);
    } else {
      const lines = [
        `${result.result} — ${values.ip} for ${domain}`,
        result.matched ? `matched: ${result.matched}` : null,
        result.reason ? `reason: ${result.reason}` : null,
        result.explanation ? `explanation: ${result.explanation}` : null,
        `DNS lookups: ${result.lookups} / 10, void lookups: ${result.voidLookups} / 2`,
      ];
      io.stdout(`${lines.filter(Boolean).join('\n')}\n`);
    }
    return EXIT.ok;
  } finally {
    client.close();
  }
}
