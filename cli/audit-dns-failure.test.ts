import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../audit/report';
import { startTempKnot, type TempKnot, zoneFile } from '../testing/knot/temp-knot';
import { type FixtureKnot, startFixtureKnot } from './testing/fixture-knot';
import { runCli } from './testing/run-cli';

/** A dead server is found out in 2 × 300 ms per query instead of 3 × 2 s. */
const FAST_FAIL = ['--timeout', '300', '--tries', '2'];

import { startUdpRelay, type UdpRelay } from './testing/udp-relay';

/**
 * What the `kensa` CLI says when the DNS fails: a lookup that got no answer (timeout) or an answer
 * that says nothing (SERVFAIL, REFUSED) makes the report partial with dns.temporary-failure and exit
 * 3 (dns.resolver-unreachable when the server fell silent and its circuit breaker opened), and
 * nothing it could not read is reported as absent. The CLI is told to give up on a silent
 * server quickly (FAST_FAIL); the cases still run concurrently.
 */
const SLOW = 60_000;

/** Findings that say something is absent or unauthorized: never true of what could not be read. */
const ABSENCE = new Set(['mx.none', 'dmarc.rua-unauthorized', 'adsp.discardable-without-dkim']);
const claimsAbsence = (id: string) => id.endsWith('missing') || id.endsWith('.none-found') || ABSENCE.has(id);

function reportsOf(stdout: string): Map<string, AuditReport> {
  const reports = JSON.parse(stdout) as AuditReport[];
  return new Map(reports.map((report) => [report.domain, report]));
}

function expectPartial(report: AuditReport | undefined, finding = 'dns.temporary-failure'): AuditReport {
  expect(report).toBeDefined();
  const r = report as AuditReport;
  const ids = r.findings.map((f) => f.id);
  expect(r.status).toBe('partial');
  expect(ids).toContain(finding);
  // MTA-STS and TLS-RPT read names in the domain's own zone: when those lookups were answered (the
  // section is complete), the records are known to be absent and may be reported so.
  const read = [r.mtaSts && ['mta-sts.', r.mtaSts.status], r.tlsRpt && ['tls-rpt.', r.tlsRpt.status]]
    .filter((entry) => entry && entry[1] === 'complete')
    .map((entry) => (entry as [string, string])[0]);
  const unread = ids.filter((id) => !read.some((prefix) => id.startsWith(prefix)));
  expect(unread.filter(claimsAbsence), `${r.domain} claims absent what it could not read`).toEqual([]);
  expect(r.temporaryFailures.length).toBeGreaterThan(0);
  return r;
}

let fixtures: FixtureKnot;
const relays: UdpRelay[] = [];

beforeAll(async () => {
  fixtures = await startFixtureKnot();
});
afterAll(async () => {
  await Promise.all(relays.map((relay) => relay.close()));
  await fixtures?.stop();
});

describe('kensa audit when the DNS server stops answering', () => {
  it.concurrent(
    'a Knot that was stopped: every lookup times out; partial, exit 3, nothing reported missing',
    async () => {
      const gone = await startFixtureKnot();
      await gone.stop();
      const domains = ['healthy.test', 'dkim-none-found.test'];
      const run = await runCli(['audit', ...FAST_FAIL, '--dns', gone.dns, '--json', ...domains]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(3);
      const reports = reportsOf(run.stdout);
      for (const domain of domains) {
        // Every try unanswered and nothing heard: the circuit breaker says the resolver is down.
        const report = expectPartial(reports.get(domain), 'dns.resolver-unreachable');
        expect(report.resolverUnreachable).toBe(true);
        // Anything but a timeout would mean another server took the freed port.
        expect(new Set(report.temporaryFailures.map((f) => f.outcome))).toEqual(new Set(['timeout']));
        expect(report.spf.record).toBeNull();
        expect(report.dkim.status).toBe('partial');
      }
    },
    SLOW,
  );

  it.concurrent(
    'mid-way: the first lookups are answered, then nothing; what was read is kept, the rest is unknown',
    async () => {
      // The first four queries are healthy.test MX, TXT, SPF and _dmarc TXT, sent together before any
      // answer can start another lookup (the Sender ID TXT query shares the in-flight SPF one).
      const relay = await startUdpRelay(fixtures.port, ({ index }) => index < 4);
      relays.push(relay);
      const run = await runCli(['audit', ...FAST_FAIL, '--dns', relay.dns, '--json', 'healthy.test']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(3);
      const report = expectPartial(reportsOf(run.stdout).get('healthy.test'), 'dns.resolver-unreachable');
      expect(relay.forwarded()).toBe(4);
      expect(report.mx.records.map((r) => r.exchange)).toEqual(['mx1.healthy.test', 'mx2.healthy.test']);
      expect(report.spf.record).toBe('v=spf1 ip4:203.0.113.0/27 mx include:_spf.kensa-mail.test -all');
      expect(report.spf.status).toBe('partial');
      expect(report.dmarc.records).toHaveLength(1);
      expect(report.dkim.status).toBe('partial');
      expect(report.dkim.keys).toEqual([]);
    },
    SLOW,
  );

  it.concurrent(
    'a DKIM selector that does not answer: ADSP dkim=all is not judged against keys that are unknown',
    async () => {
      const relay = await startUdpRelay(
        fixtures.port,
        ({ name }) => name !== 'selector1._domainkey.adsp-present.test',
      );
      relays.push(relay);
      const run = await runCli(['audit', ...FAST_FAIL, '--dns', relay.dns, '--json', 'adsp-present.test']);
      expect(run.code).toBe(3);
      const report = expectPartial(reportsOf(run.stdout).get('adsp-present.test'));
      expect(report.adsp.policy).toBe('all');
      expect(report.dkim.status).toBe('partial');
    },
    SLOW,
  );
});

describe('kensa audit when the server answers REFUSED or SERVFAIL', () => {
  let knot: TempKnot;
  beforeAll(async () => {
    // Two branch-office zones whose parents' DMARC records (RFC 7489 §6.6.3) this server cannot give:
    // refused-org.test is not served at all (Knot answers REFUSED), servfail-org.test is configured
    // but its zone file does not load (SERVFAIL). The include points outside the served zones too.
    const branch = (origin: string) =>
      zoneFile(
        origin,
        [
          '@ MX 10 mx',
          'mx A 192.0.2.25',
          '@ TXT "v=spf1 ip4:192.0.2.0/28 include:_spf.mail-provider.test -all"',
          'selector1._domainkey TXT "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
        ].join('\n'),
      );
    knot = await startTempKnot({
      'branch.refused-org.test': branch('branch.refused-org.test'),
      'branch.servfail-org.test': branch('branch.servfail-org.test'),
    });
    await knot.writeZone('servfail-org.test', '$ORIGIN servfail-org.test.\n@ TXT "unterminated\n');
    await expect(knot.reload()).rejects.toThrow(/servfail-org\.test/);
  });
  afterAll(async () => {
    await knot?.stop();
  });

  it('reports partial, not missing, and exits 3', async () => {
    const domains = ['branch.refused-org.test', 'branch.servfail-org.test'];
    const run = await runCli([
      'audit',
      ...FAST_FAIL,
      '--dns',
      `127.0.0.1:${knot.port}`,
      '--json',
      ...domains,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(3);
    const reports = reportsOf(run.stdout);
    const refused = expectPartial(reports.get('branch.refused-org.test'));
    const servfail = expectPartial(reports.get('branch.servfail-org.test'));
    expect(refused.temporaryFailures).toContainEqual({
      name: '_dmarc.refused-org.test',
      type: 'TXT',
      outcome: 'refused',
    });
    expect(servfail.temporaryFailures).toContainEqual({
      name: '_dmarc.servfail-org.test',
      type: 'TXT',
      outcome: 'servfail',
    });
    for (const report of [refused, servfail]) {
      expect(report.temporaryFailures).toContainEqual({
        name: '_spf.mail-provider.test',
        type: 'TXT',
        outcome: 'refused',
      });
      // What the branch's own zone answered is still reported.
      expect(report.dmarc.status).toBe('partial');
      expect(report.mx.status).toBe('complete');
      expect(report.dkim.keys.map((key) => key.selector)).toEqual(['selector1']);
    }
  });
});
