import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { systemViewer } from '@/lib/auth/viewer';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { countCurrentFindings } from './count-current-findings';

let scratch: ScratchDatabase;
let db: PrismaClient;

beforeAll(async () => {
  scratch = await createScratchDatabase('finding_counts');
  db = scratch.db;
  // countCurrentFindings reads through the shared client: point it at this database.
  (globalThis as { kensaPrisma?: PrismaClient }).kensaPrisma = db;
});

afterAll(async () => {
  await scratch?.drop();
});

/** The counts recomputed the slow way: every active domain's current findings, unnested. */
async function recounted() {
  const rows = await db.$queryRaw<Array<{ findingId: string; domains: number }>>`
    SELECT f AS "findingId", count(*)::int AS domains
    FROM domain_current_state s JOIN domains d ON d.id = s.domain_id AND d.archived_at IS NULL,
      unnest(s.finding_ids) AS f
    GROUP BY f ORDER BY domains DESC, f`;
  return rows;
}

async function register(...names: string[]) {
  await db.domain.createMany({ data: names.map((ascii) => ({ ascii, unicode: ascii })) });
  return db.domain.findMany({ where: { ascii: { in: names } }, orderBy: { ascii: 'asc' } });
}

function setFindings(domainIds: string[], findingIds: string[]) {
  return db.$executeRaw`UPDATE domain_current_state SET finding_ids = ${findingIds}::text[]
    WHERE domain_id = ANY(${domainIds}::uuid[])`;
}

describe('the finding counts the triggers keep', () => {
  it('give every domain an empty current state from its registration', async () => {
    const [a] = await register('empty.counts.test');
    const state = await db.domainCurrentState.findUniqueOrThrow({ where: { domainId: a?.id } });
    expect(state).toMatchObject({ lastScanAt: null, completeRunNumber: null, findingIds: [], errors: 0 });
  });

  it('match a full recount through new results, rescans, archiving, deletion and truncation', async () => {
    const [a, b, c, d] = await register('a.counts.test', 'b.counts.test', 'c.counts.test', 'd.counts.test');
    const ids = [a, b, c, d].map((domain) => domain?.id ?? '');
    const check = async () => expect(await countCurrentFindings(systemViewer())).toEqual(await recounted());

    await setFindings(ids, ['dmarc.missing', 'spf.missing']);
    await check();
    await setFindings(ids.slice(0, 2), ['dmarc.policy-none', 'spf.missing']);
    await check();
    await setFindings(ids.slice(0, 2), ['dmarc.policy-none', 'spf.missing']); // unchanged rescan
    await check();
    await db.domain.update({ where: { id: ids[2] }, data: { archivedAt: new Date() } });
    await check();
    await db.domain.delete({ where: { id: ids[3] } });
    await check();
    await setFindings(ids.slice(0, 1), []);
    await check();
    expect(await countCurrentFindings(systemViewer())).toEqual([
      { findingId: 'dmarc.policy-none', domains: 1 },
      { findingId: 'spf.missing', domains: 1 },
    ]);
    await db.$executeRaw`TRUNCATE domain_current_state`;
    expect(await countCurrentFindings(systemViewer())).toEqual([]);
  });
});
