/**
 * The history writer against a golden captured from the per-domain writer it replaced (main at
 * 834d01b, recordDomainScanResult: one result per transaction, the run finished in the last one):
 * the same reports, stored run by run in batches, must leave every history table — scans, findings,
 * DKIM keys, events, current state, daily status, rollups, run counters — exactly as it left them.
 *
 * KENSA_CAPTURE_GOLDEN=1 regenerates golden-reports.json (the audits of golden-scenario.ts) and
 * golden-history.json (what the writer of the moment stores): only ever with a writer known right.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { auditDomain } from '@/audit/audit-domain';
import { createMemoryResolver } from '@/audit/dns/memory-resolver';
import type { AuditReport } from '@/audit/report';
import type { PrismaClient } from '@/generated/prisma/client';
import { registerDomain } from '@/lib/domains/register-domain';
import { finalizeScanRun } from '@/lib/scans/finalize-scan-run';
import { recordScanResults } from '@/lib/scans/record-scan-results';
import { createRun } from '@/testing/scan-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { dateColumn } from './day-of';
import { dumpHistory } from './testing/dump-history';
import { GOLDEN_DOMAINS, GOLDEN_GROUPS, GOLDEN_RUNS, goldenZone } from './testing/golden-scenario';

const DATA = join(__dirname, 'testing');
const CAPTURE = process.env.KENSA_CAPTURE_GOLDEN === '1';
/** Smaller than a run, so each run is stored in several batches as a chunk's results are. */
const BATCH = 4;

type GoldenOutcome = { domain: string } & (
  | { status: 'complete' | 'partial'; report: AuditReport }
  | { status: 'failed'; error: string }
);
interface GoldenRun {
  at: string;
  outcomes: GoldenOutcome[];
}

let scratch: ScratchDatabase;
let db: PrismaClient;

beforeAll(async () => {
  scratch = await createScratchDatabase('history_golden');
  db = scratch.db;
}, 120_000);

afterAll(async () => {
  vi.useRealTimers();
  await scratch?.drop();
});

async function auditScenario(): Promise<GoldenRun[]> {
  const runs: GoldenRun[] = [];
  for (const [index, run] of GOLDEN_RUNS.entries()) {
    vi.setSystemTime(new Date(run.at));
    const resolver = createMemoryResolver(goldenZone(index));
    const outcomes: GoldenOutcome[] = [];
    for (const domain of run.domains) {
      if (run.failed.includes(domain)) {
        outcomes.push({ domain, status: 'failed', error: 'Error: worker lost its database connection' });
        continue;
      }
      const report = await auditDomain(domain, { resolver });
      outcomes.push({ domain, status: report.status, report });
    }
    runs.push({ at: run.at, outcomes });
  }
  return runs;
}

async function registerScenario(): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const ascii of GOLDEN_DOMAINS) {
    vi.setSystemTime(new Date(GOLDEN_RUNS[0]?.at as string));
    const domain = await db.$transaction((tx) => registerDomain(tx, { ascii, unicode: ascii }));
    ids.set(ascii, domain.id);
  }
  for (const group of GOLDEN_GROUPS) {
    const { id } = await db.group.create({ data: { name: group.name }, select: { id: true } });
    await db.domainGroup.createMany({
      data: group.members.map((label) => ({
        domainId: ids.get(`${label}.golden.test`) as string,
        groupId: id,
        sinceDay: dateColumn(group.sinceDay),
      })),
    });
  }
  return ids;
}

/** Stores each run's outcomes through the writer under test, at the run's time, then finishes the run. */
async function storeRuns(runs: GoldenRun[], ids: Map<string, string>): Promise<void> {
  for (const run of runs) {
    vi.setSystemTime(new Date(run.at));
    const runId = await createRun(
      db,
      run.outcomes.map((o) => ids.get(o.domain) as string),
    );
    const results = run.outcomes.map(({ domain, ...outcome }) => {
      const domainId = ids.get(domain) as string;
      return { domainId, outcome };
    });
    for (let i = 0; i < results.length; i += BATCH)
      await recordScanResults(runId, results.slice(i, i + BATCH), db);
    await finalizeScanRun(runId, db);
  }
}

it('stores the golden scenario exactly as the per-domain writer did', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  const reportsFile = join(DATA, 'golden-reports.json');
  const historyFile = join(DATA, 'golden-history.json');
  const runs = CAPTURE
    ? await auditScenario()
    : (JSON.parse(await readFile(reportsFile, 'utf8')) as GoldenRun[]);
  const ids = await registerScenario();
  await storeRuns(runs, ids);
  const dump = await dumpHistory(db);
  if (CAPTURE) {
    await writeFile(reportsFile, `${JSON.stringify(runs)}\n`);
    await writeFile(historyFile, `${JSON.stringify(dump, null, 1)}\n`);
  }
  expect(dump).toEqual(JSON.parse(await readFile(historyFile, 'utf8')));
  // The scenario exercises what it claims to: events of several kinds, partial and failed results.
  expect(new Set(dump.domain_events.map((e) => (e as { kind: string }).kind)).size).toBeGreaterThanOrEqual(5);
}, 120_000);
