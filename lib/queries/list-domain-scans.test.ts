import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { systemViewer } from '@/lib/auth/viewer';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { listDomainScans, type ScanHistoryKey } from './list-domain-scans';
import { scanResultId } from './scan-result-id';

let scratch: ScratchDatabase;
let db: PrismaClient;

beforeAll(async () => {
  scratch = await createScratchDatabase('list_domain_scans');
  db = scratch.db;
}, 120_000);

afterAll(() => scratch?.drop());

// Five runs; the third and fourth stored the domain at the same instant (one batch time), so the
// run number orders them, and pages of two split them.
const FINISHED = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-03', '2026-03-04'].map(
  (day) => new Date(`${day}T09:00:00Z`),
);

it('pages a domain history newest first by (finished_at, run number), each scan once, ties included', async () => {
  const domain = await db.domain.create({ data: { ascii: 'paged.test', unicode: 'paged.test' } });
  const runs: Array<{ id: string }> = [];
  for (const finishedAt of FINISHED) {
    const run = await db.scanRun.create({ data: { trigger: 'api', scope: { kind: 'all' }, total: 1 } });
    await db.domainScan.create({
      data: { runNumber: run.number, domainId: domain.id, status: 'complete', finishedAt },
    });
    runs.push(run);
  }
  const seen: string[] = [];
  let before: ScanHistoryKey | null = null;
  do {
    const page = await listDomainScans(
      systemViewer(),
      domain.id,
      { before, limit: 2, withReport: false },
      db,
    );
    seen.push(...page.rows.map((row) => row.id));
    before = page.next;
  } while (before);
  const newestFirst = [4, 3, 2, 1, 0].map((i) => scanResultId(runs[i]?.id ?? '', domain.id));
  expect(seen).toEqual(newestFirst);
});
