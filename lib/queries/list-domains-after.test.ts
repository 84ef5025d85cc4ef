import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '@/generated/prisma/client';
import { systemViewer } from '@/lib/auth/viewer';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { randomFor } from '@/testing/seeded-random';
import type { DomainSelection } from './domain-selection-sql';
import { listDomainsAfter } from './list-domains-after';

let scratch: ScratchDatabase;
let db: PrismaClient;
/** The scale the API is meant for: a script pulling 100,000 domains in 100 requests. */
const DOMAINS = 100_000;
const all: DomainSelection = {
  q: undefined,
  group: undefined,
  tag: undefined,
  metric: undefined,
  value: 'no',
  finding: undefined,
  severity: undefined,
  stale: undefined,
};

/** d00000.page.test … in a shuffled insertion order, every third one tagged "odd-one". */
async function insertDomains(names: string[], tags: string[] = []) {
  await db.$executeRaw`
    INSERT INTO domains (id, ascii, unicode, tags, updated_at)
    SELECT gen_random_uuid(), n, n, ${tags}::text[], now() FROM unnest(${names}::text[]) AS n`;
}

/** Every page from `start` (exclusive; null: the first name) to the end, calling `between` after each. */
async function pullAll(
  selection: DomainSelection,
  limit: number,
  between?: (page: number) => Promise<void>,
  start: string | null = null,
) {
  const seen: string[] = [];
  let after = start;
  for (let page = 0; ; page++) {
    const result = await listDomainsAfter(systemViewer(), selection, { after, limit }, db);
    seen.push(...result.rows.map((r) => r.ascii));
    if (result.next === null) return seen;
    after = result.next;
    await between?.(page);
  }
}

beforeAll(async () => {
  scratch = await createScratchDatabase('keyset');
  db = scratch.db;
  const names = Array.from({ length: DOMAINS }, (_, i) => `d${String(i).padStart(5, '0')}.page.test`);
  const random = randomFor(20261206, 0);
  const shuffled = names
    .map((name) => ({ name, key: random() }))
    .sort((x, y) => x.key - y.key)
    .map(({ name }) => name);
  await insertDomains(shuffled.filter((_, i) => i % 3 !== 0));
  await insertDomains(
    shuffled.filter((_, i) => i % 3 === 0),
    ['odd-one'],
  );
  await db.$executeRaw`UPDATE domains SET archived_at = now() WHERE ascii = 'd00007.page.test'`;
  await db.$executeRaw`ANALYZE domains`;
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

describe('listDomainsAfter', () => {
  it('returns every active domain exactly once, in ASCII order, in 100 pages of 1,000', async () => {
    let pages = 0;
    const seen = await pullAll(all, 1000, async () => {
      pages++;
    });
    expect(pages + 1).toBe(100);
    expect(seen).toHaveLength(DOMAINS - 1);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort());
    expect(seen).not.toContain('d00007.page.test');
  });

  it('ends with next = null on a page that is exactly full', async () => {
    const last = await listDomainsAfter(systemViewer(), all, { after: 'd98999.page.test', limit: 1000 }, db);
    expect(last.rows).toHaveLength(1000);
    expect(last.rows.at(-1)?.ascii).toBe('d99999.page.test');
    expect(last.next).toBeNull();
  });

  // The two pulls below read the last tenth (d90000 on): how a page's query keeps a filter or meets
  // a change is the same at any position, and the full 100-page pull above is the scale test.
  it('pages a filtered selection with the filter on every page', async () => {
    const tagged = await pullAll({ ...all, tag: 'odd-one' }, 100, undefined, 'd90000.page.test');
    const expected = await db.domain.count({
      where: { tags: { has: 'odd-one' }, archivedAt: null, ascii: { gt: 'd90000.page.test' } },
    });
    expect(expected).toBeGreaterThan(3000);
    expect(tagged).toHaveLength(expected);
    expect(new Set(tagged).size).toBe(expected);
  });

  it('stays exact while domains are registered and archived during the pull', async () => {
    const seen = await pullAll(
      all,
      1000,
      async (page) => {
        if (page !== 1) return;
        // Before the position: never seen (the pull is past them); after it: seen once.
        await insertDomains(['a-early.page.test', 'zz-late.page.test']);
        await db.$executeRaw`UPDATE domains SET archived_at = now() WHERE ascii = 'd92400.page.test'`;
      },
      'd90000.page.test',
    );
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).not.toContain('a-early.page.test');
    expect(seen).toContain('zz-late.page.test');
    expect(seen).not.toContain('d92400.page.test');
    // d90001 … d99999, less the one archived during the pull, plus the one registered after the position.
    expect(seen).toHaveLength(9999 - 1 + 1);
  });

  it('reads each page as a range of the ascii index, never with an offset', async () => {
    const queries: Array<{ query: string; params: string }> = [];
    const logged = new PrismaClient({
      adapter: new PrismaPg({ connectionString: scratch.url }),
      log: [{ emit: 'event', level: 'query' }],
    });
    logged.$on('query', (event) => queries.push({ query: event.query, params: event.params }));
    try {
      await listDomainsAfter(systemViewer(), all, { after: 'd51500.page.test', limit: 1000 }, logged);
      const page = queries.find((q) => /SELECT d\.id FROM domains d/.test(q.query));
      expect(page).toBeDefined();
      const params = JSON.parse(page?.params ?? '[]') as unknown[];
      // The position comes from `ascii > $n` alone: no OFFSET.
      expect(page?.query).toMatch(/AND d\.ascii > \$\d+\s+ORDER BY d\.ascii LIMIT \$\d+$/);
      expect(page?.query).not.toMatch(/OFFSET/);
      expect(params.slice(-2)).toEqual(['d51500.page.test', 1001]);
      const plan = await logged.$queryRawUnsafe<Array<{ 'QUERY PLAN': string }>>(
        `EXPLAIN ${page?.query}`,
        ...params,
      );
      const text = plan.map((row) => row['QUERY PLAN']).join('\n');
      expect(text).toMatch(/Index Scan using domains_ascii_key/);
      expect(text).toMatch(/Index Cond: \(ascii > /);
      expect(text).not.toMatch(/Sort/);
    } finally {
      await logged.$disconnect();
    }
  });
});
