/**
 * With the statistics createScanRun leaves (analyzeWorkList), a result batch's claim deletes its
 * items by probing the work list's key, whatever the run's size; with the statistics of an empty
 * table it read every item of the run for each batch. The DELETE below has the shape of the one
 * in claim-scan-results.ts: a batch's rows from jsonb, joined to the run's items by domain.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PlanNode } from '@/testing/query-plan';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { analyzeWorkList } from './analyze-work-list';

const ITEMS = 50_000;
const BATCH = 250;

let scratch: ScratchDatabase;
let runId: string;
let batch: string;

/** Rows the plan visited in scan_run_items. */
function itemsRead(node: PlanNode): number {
  const own =
    node['Relation Name'] === 'scan_run_items' && node['Node Type'] !== 'ModifyTable'
      ? (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0)) * node['Actual Loops']
      : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + itemsRead(child), 0);
}

beforeAll(async () => {
  scratch = await createScratchDatabase('work_list_statistics');
  const db = scratch.db;
  // The table as between runs: analyzed while empty.
  await analyzeWorkList(db);
  await db.$executeRaw`
    INSERT INTO domains (id, ascii, unicode)
    SELECT gen_random_uuid(), 'd' || n || '.test', 'd' || n || '.test' FROM generate_series(1, ${ITEMS}) n`;
  const [run] = await db.$queryRaw<[{ id: string }]>`
    INSERT INTO scan_runs (id, trigger, scope, status, total)
    VALUES (gen_random_uuid(), 'manual', '{"kind":"all"}', 'running', ${ITEMS}) RETURNING id::text`;
  runId = run.id;
  await db.$executeRaw`
    INSERT INTO scan_run_items (run_id, domain_id, chunk)
    SELECT ${runId}::uuid, id, (row_number() OVER (ORDER BY id) - 1)::int / ${BATCH} FROM domains`;
  const ids = await db.$queryRaw<Array<{ id: string }>>`
    SELECT domain_id::text AS id FROM scan_run_items ORDER BY random() LIMIT ${BATCH}`;
  batch = JSON.stringify(ids.map(({ id }) => ({ domain_id: id })));
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

const ROLLBACK = new Error('rollback');

/** The claim's plan with what it read; EXPLAIN ANALYZE deletes, so the transaction rolls back. */
async function claimPlan(): Promise<PlanNode> {
  let plan: PlanNode | undefined;
  await scratch.db
    .$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<[{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }]>`
        EXPLAIN (ANALYZE, FORMAT JSON)
        WITH v AS (SELECT * FROM jsonb_to_recordset(${batch}::jsonb) AS v(domain_id uuid))
        DELETE FROM scan_run_items i USING v
        WHERE i.run_id = ${runId}::uuid AND i.domain_id = v.domain_id
        RETURNING i.domain_id`;
      plan = row['QUERY PLAN'][0]?.Plan;
      throw ROLLBACK;
    })
    .catch((error: unknown) => {
      if (error !== ROLLBACK) throw error;
    });
  if (!plan) throw new Error('no plan');
  return plan;
}

it('a batch of 250 reads its 250 items of a 50,000-item run once the work list is analyzed', async () => {
  await analyzeWorkList(scratch.db);
  const plan = await claimPlan();
  expect(plan['Actual Rows']).toBe(BATCH);
  expect(itemsRead(plan)).toBe(BATCH);
});
