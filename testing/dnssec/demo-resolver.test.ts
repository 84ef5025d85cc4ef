import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditDomain } from '../../audit/audit-domain';
import { createDnsClient, type DnsClient } from '../../audit/dns/dns-client';
import { parseServers } from '../../audit/dns/servers';
import type { AuditReport } from '../../audit/report';
import { transportAdoptionFlags } from '../../lib/history/transport-adoption-flags';
import { until } from '../until';
import { DEMO_DNSSEC_CASES } from './demo-dnssec-cases';

/**
 * The demo's resolver as `npm run demo` starts it (scripts/demo.sh): the daemon in front of the
 * fixture Knot that vt.sh and `npm test` start (KENSA_DNS_SERVERS, serving fixtures/zones as the
 * demo's does). Its DNSSEC cases are secure / insecure / bogus, and every other demo domain audits
 * as completely as through Knot directly.
 */
const knotSetting = process.env.KENSA_DNS_SERVERS;
if (!knotSetting)
  throw new Error('testing/dnssec/demo-resolver.test.ts needs KENSA_DNS_SERVERS (the fixture Knot)');
const knot = parseServers(knotSetting);
if (!knot.ok) throw new Error(knot.error);

const root = fileURLToPath(new URL('../../', import.meta.url));
const demoDomains = async () =>
  (
    JSON.parse(await readFile(join(root, 'fixtures/demo-domains.json'), 'utf8')) as {
      domains: { name: string }[];
    }
  ).domains.map((d) => d.name);

let state: string;
let daemon: ChildProcess;
let resolver: DnsClient;
let checkingDisabled: DnsClient;
let direct: DnsClient;
let resolverPort: number;

beforeAll(async () => {
  state = await mkdtemp(join(tmpdir(), 'kensa-demo-resolver-'));
  daemon = spawn(
    join(root, 'node_modules/.bin/tsx'),
    [
      'testing/dnssec/demo-resolver-daemon.ts',
      '--state',
      state,
      '--knot',
      knotSetting,
      '--zones',
      'fixtures/zones',
    ],
    { cwd: root, stdio: 'ignore' },
  );
  // The daemon writes its port once Unbound validates (an empty or missing file until then).
  const port = await until(
    async () => Number(await readFile(join(state, 'port'), 'utf8').catch(() => '')) || false,
    60_000,
  );
  const server = { host: '127.0.0.1', port };
  // Retries as a scan's client has (KENSA_DNS_TRIES): a query lost on a loaded machine is not a
  // difference between the two servers.
  const settings = { timeoutMs: 5000, tries: 3 };
  resolver = createDnsClient({ servers: [server], ...settings });
  checkingDisabled = createDnsClient({ servers: [server], ...settings, checkingDisabled: true });
  direct = createDnsClient({ servers: knot.servers, ...settings });
  resolverPort = port;
}, 90_000);

afterAll(async () => {
  for (const client of [resolver, checkingDisabled, direct]) client?.close();
  if (daemon?.exitCode === null) {
    const exited = new Promise((resolve) => daemon.once('exit', resolve));
    daemon.kill('SIGTERM');
    await exited;
  }
  await rm(state, { recursive: true, force: true });
});

const validated = (domain: string) =>
  auditDomain(domain, { resolver, dnssec: { checkingDisabled }, now: () => new Date(0) });

describe("the demo's validating resolver (Knot signing, Unbound, the fixture Knot behind it)", () => {
  it('lists every DNSSEC case as a demo domain', async () => {
    const listed = await demoDomains();
    expect(
      DEMO_DNSSEC_CASES.children.map((child) => child.name).filter((name) => !listed.includes(name)),
    ).toEqual([]);
  });

  it.each([
    ['secure.dnssec.test', 'complete', 'secure', { dnssecSigned: true, daneOnMx: true }],
    ['insecure.dnssec.test', 'complete', 'insecure', { dnssecSigned: false, daneOnMx: false }],
    ['bogus.dnssec.test', 'partial', 'bogus', { dnssecSigned: false, daneOnMx: false }],
    ['mixed.dnssec.test', 'complete', 'secure', { dnssecSigned: true, daneOnMx: false }],
    ['healthy.test', 'complete', 'insecure', { dnssecSigned: false, daneOnMx: false }],
  ] as const)('%s: %s, DNSSEC %s', async (domain, status, state, flags) => {
    const report = await validated(domain);
    expect(report.status).toBe(status);
    expect(report.dnssec?.domain).toBe(state);
    expect(transportAdoptionFlags(report)).toMatchObject(flags);
  });

  it('refuses a name outside the demo zones at once, as Knot does, instead of timing out', async () => {
    for (const [name, type] of [
      ['_spf.google.com', 'TXT'],
      ['25.100.51.198.in-addr.arpa', 'PTR'],
    ] as const) {
      expect((await resolver.query(name, type)).outcome, name).toBe('refused');
      expect((await direct.query(name, type)).outcome, name).toBe('refused');
    }
  });

  it('audits every other demo domain as completely as Knot answering directly', async () => {
    const cases = new Set(DEMO_DNSSEC_CASES.children.map((child) => child.name));
    const domains = (await demoDomains()).filter((name) => !cases.has(name));
    // One domain at a time, as a scan's window would pace them, so no lookup is lost to load.
    const statuses = async (audit: (domain: string) => Promise<AuditReport>) => {
      const out: Record<string, string> = {};
      for (const domain of domains) out[domain] = (await audit(domain)).status;
      return out;
    };
    const throughKnot = await statuses((domain) => auditDomain(domain, { resolver: direct }));
    expect(await statuses(validated)).toEqual(throughKnot);
  });

  it('stops both servers on SIGTERM and removes its port file', async () => {
    const exited = new Promise<number | null>((resolve) => daemon.once('exit', resolve));
    daemon.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(readFile(join(state, 'port'), 'utf8')).rejects.toThrow();
    const after = createDnsClient({
      servers: [{ host: '127.0.0.1', port: resolverPort }],
      timeoutMs: 500,
      tries: 1,
    });
    try {
      expect((await after.query('secure.dnssec.test', 'MX')).outcome).toBe('timeout');
    } finally {
      after.close();
    }
  });
});
