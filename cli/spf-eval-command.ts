import { parseArgs } from 'node:util';
import { normalizeDomain } from '../audit/domain-name';
import { checkHost } from '../audit/spf/check-host';
import { parseClientIp } from '../audit/spf/ip-address';
import { cliResolver, DNS_OPTIONS } from './cli-resolver';
import { EXIT, UsageError } from './usage-error';

export const SPF_EVAL_USAGE =
  'kensa spf-eval --ip IP --sender ADDR --helo NAME [--dns HOST:PORT[,…]] [--timeout MS] [--tries N] [--json]';

/**
 * `kensa spf-eval`: RFC 7208 check_host() for one message. The checked domain is the MAIL FROM
 * domain, or the HELO name when MAIL FROM is empty (§2.4).
 */
export async function spfEvalCommand(args: string[]): Promise<number> {
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
  const at = values.sender.lastIndexOf('@');
  const domainInput = at >= 0 ? values.sender.slice(at + 1) : values.sender || values.helo;
  const domain = normalizeDomain(domainInput);
  if (!domain.ok)
    throw new UsageError(`no valid domain in --sender or --helo: ${domain.error}\nusage: ${SPF_EVAL_USAGE}`);
  const { resolver, client } = await cliResolver(values);
  try {
    const sender = values.sender || `postmaster@${values.helo}`;
    const result = await checkHost(
      { ip: values.ip, domain: domain.ascii, sender, helo: values.helo },
      resolver,
    );
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ domain: domain.ascii, ...result }, null, 2)}\n`);
    } else {
      const lines = [
        `${result.result} — ${values.ip} for ${domain.ascii}`,
        result.matched ? `matched: ${result.matched}` : null,
        result.reason ? `reason: ${result.reason}` : null,
        result.explanation ? `explanation: ${result.explanation}` : null,
        `DNS lookups: ${result.lookups} / 10, void lookups: ${result.voidLookups} / 2`,
      ];
      process.stdout.write(`${lines.filter(Boolean).join('\n')}\n`);
    }
    return EXIT.ok;
  } finally {
    client.close();
  }
}
