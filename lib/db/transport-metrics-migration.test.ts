import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';
import { readAdoptionDays } from '@/lib/history/read-adoption-days';
import { TRANSPORT_METRICS } from '@/lib/history/transport-adoption-flags';
import { formatAdoptionPercent } from '@/lib/i18n/format-adoption-percent';
import { translator } from '@/lib/i18n/translate';
import { applyMigrationsFrom, createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';

/**
 * The transport metrics' migration over a populated database: the rollup days stored before it read
 * the six new metrics as "not measured" (every domain unknown for them, never 0 %), and the eight
 * old ones as they read before (the day's unknown count, now per metric).
 */
const MIGRATION = '20261210120000_transport_adoption_metrics';
const OLD_METRICS = ADOPTION_METRICS.filter((m) => !(TRANSPORT_METRICS as readonly string[]).includes(m));
let scratch: ScratchDatabase;

beforeAll(async () => {
  scratch = await createScratchDatabase('transport_metrics_migration', { before: MIGRATION });
}, 120_000);

afterAll(() => scratch?.drop());

// Two past days of the "all" scope: 10 domains, 2 unknown, then 12 domains, 0 unknown.
const DAYS = [
  { day: '2026-06-01', domains: 10, unknown: 2, adopted: 6 },
  { day: '2026-06-02', domains: 12, unknown: 0, adopted: 9 },
];

it('past days read the new metrics as not measured and keep the old ones', async () => {
  for (const { day, domains, unknown, adopted } of DAYS)
    await scratch.db.$executeRawUnsafe(
      `INSERT INTO adoption_rollups (scope, day, since_day, until_day, domains, unknown, spf_published,
         spf_valid, dkim_published, dmarc_published, dmarc_enforcing, adsp_published, sender_id_published, null_mx)
       VALUES ('all', '${day}', '2026-01-01', '9999-12-31', ${domains}, ${unknown}, ${adopted}, ${adopted},
         ${adopted}, ${adopted}, ${adopted}, 0, 0, 1)`,
    );
  await applyMigrationsFrom(scratch.url, MIGRATION);

  const days = await readAdoptionDays(scratch.db, {
    scopes: ['all'],
    from: '2026-06-01',
    to: '2026-06-02',
    granularity: 'day',
  });
  expect(days.map((d) => d.day)).toEqual(DAYS.map((d) => d.day));
  const t = translator('en');
  for (const [i, { domains, unknown, adopted }] of DAYS.entries()) {
    const metrics = days[i]?.metrics;
    if (!metrics) throw new Error('a day is missing');
    for (const metric of TRANSPORT_METRICS) {
      expect(metrics[metric]).toEqual({ adopted: 0, known: 0, unknown: domains, domains, percent: null });
      expect(formatAdoptionPercent(metrics[metric], 'en', t)).toBe('not measured');
    }
    for (const metric of OLD_METRICS)
      expect(metrics[metric]).toMatchObject({ known: domains - unknown, unknown, domains });
    expect(metrics.spfPublished.percent).toBeCloseTo((adopted / (domains - unknown)) * 100);
    expect(metrics.nullMx.adopted).toBe(1);
  }
});
