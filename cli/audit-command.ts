import { parseArgs } from 'node:util';
import { auditDomain } from '../audit/audit-domain';
import { mapBounded } from '../audit/dkim/map-bounded';
import { normalizeDomain } from '../audit/domain-name';
import { createHttpsFetcher } from '../audit/https/create-https-fetcher';
import type { CliIo } from './cli-io';
import { cliResolver, DNS_OPTIONS } from './cli-resolver';
import { cliTransport, TRANSPORT_OPTIONS } from './cli-transport';
import { formatReport } from './format-report';
import { EXIT, UsageError } from './usage-error';

export const AUDIT_USAGE = `kensa audit [--dns HOST:PORT[,…]] [--timeout MS] [--tries N] [--selectors a,b] [--parked] [--no-rfc8020] [--no-mta-sts-fetch] [--dnssec] [--smtp-probe [--smtp-port N] [--smtp-timeout MS]] [--json] DOMAIN…`;

/** `kensa audit`: every check for each domain; exit 3 when any report is partial (DNS failure). */
export async function auditCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...DNS_OPTIONS,
      ...TRANSPORT_OPTIONS,
      selectors: { type: 'string' },
      parked: { type: 'boolean', default: false },
      'no-rfc8020': { type: 'boolean', default: false },
      // As KENSA_MTA_STS_FETCH=false: read the MTA-STS and BIMI records only, fetch nothing over HTTPS.
      'no-mta-sts-fetch': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError(`no domain given\nusage: ${AUDIT_USAGE}`);
  const names = positionals.map((input) => {
    const name = normalizeDomain(input);
    if (!name.ok) throw new UsageError(`invalid domain "${input}": ${name.error}`);
    return name.ascii;
  });
  const selectors =
    values.selectors
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean) ?? [];
  const { resolver, client } = await cliResolver(values);
  const https = values['no-mta-sts-fetch'] ? {} : { https: createHttpsFetcher() };
  const transport = await cliTransport(values);
  try {
    const reports = await mapBounded(names, 8, (domain) =>
      auditDomain(domain, {
        ...transport.options,
        resolver,
        selectors,
        parked: values.parked,
        rfc8020: !values['no-rfc8020'],
        ...https,
      }),
    );
    io.stdout(values.json ? `${JSON.stringify(reports, null, 2)}\n` : reports.map(formatReport).join('\n'));
    return reports.some((report) => report.status === 'partial') ? EXIT.partial : EXIT.ok;
  } finally {
    client.close();
    transport.close();
  }
}
