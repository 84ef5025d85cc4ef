import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINDINGS, type FindingId } from '../audit/findings/catalog';
import type { AuditReport } from '../audit/report';
import { COVERED_ELSEWHERE, FINDING_CASES } from './testing/finding-cases';
import { type FixtureKnot, startFixtureKnot } from './testing/fixture-knot';
import { type CliRun, REPO_ROOT, runCli } from './testing/run-cli';

/**
 * Every finding id of the catalog, end to end: the fixture zone served by a real Knot, the `kensa`
 * CLI run once over all case domains (one process, one shared cache, as a scan run), and for each id
 * its case domain reports it and a domain that must not does not.
 */
const ids = Object.keys(FINDINGS) as FindingId[];
const cases = Object.values(FINDING_CASES);
const domains = [...new Set(cases.flatMap((c) => (c ? [c.domain, ...c.notAt] : [])))];

let knot: FixtureKnot;
let run: CliRun;
const reports = new Map<string, AuditReport>();

beforeAll(async () => {
  knot = await startFixtureKnot();
  run = await runCli(['audit', '--dns', knot.dns, '--json', ...domains]);
  const parsed = JSON.parse(run.stdout || '[]') as AuditReport[];
  for (const report of parsed) reports.set(report.domain, report);
});
afterAll(async () => {
  await knot?.stop();
});

const idsAt = (domain: string) => reports.get(domain)?.findings.map((f) => f.id) ?? [];

describe('kensa audit over the fixture zone', () => {
  it('exits 0 with one complete report per domain', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect([...reports.keys()].sort()).toEqual([...domains].sort());
    const partial = [...reports.values()].filter((r) => r.status !== 'complete').map((r) => r.domain);
    expect(partial, 'a fixture lookup failed').toEqual([]);
  });

  it('reports no error or warning for healthy.test', () => {
    const serious = reports.get('healthy.test')?.findings.filter((f) => f.severity !== 'info');
    expect(serious?.map((f) => `${f.id}: ${f.message}`)).toEqual([]);
  });

  it.each(ids)('%s: its fixture domain reports it, a domain that must not does not', (id) => {
    const elsewhere = COVERED_ELSEWHERE[id];
    if (elsewhere) {
      const reporting = domains.filter((domain) => idsAt(domain).includes(id));
      expect(reporting, `${id} is covered by ${elsewhere}; no fixture domain may report it`).toEqual([]);
      return;
    }
    const fixture = FINDING_CASES[id];
    if (!fixture) {
      expect.fail(
        `no fixture domain reports "${id}": add a domain named after it to fixtures/zones/test.zone and to cli/testing/finding-cases.ts`,
      );
    }
    expect(idsAt(fixture.domain), `${fixture.domain} must report ${id}`).toContain(id);
    for (const negative of fixture.notAt) {
      expect(idsAt(negative), `${negative} must not report ${id}`).not.toContain(id);
    }
  });

  it('lists no fixture for an id the catalog does not have', () => {
    const unknown = Object.keys(FINDING_CASES).filter((id) => !(id in FINDINGS));
    expect(unknown).toEqual([]);
  });

  it('shows every case domain in the demo (fixtures/demo-domains.json)', async () => {
    const demo = JSON.parse(await readFile(join(REPO_ROOT, 'fixtures/demo-domains.json'), 'utf8')) as {
      domains: Array<{ name: string }>;
    };
    const listed = new Set(demo.domains.map((d) => d.name));
    expect(domains.filter((domain) => !listed.has(domain))).toEqual([]);
  });
});
