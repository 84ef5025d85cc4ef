import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { systemViewer } from '@/lib/auth/viewer';
import { getReceivedMailSeries } from '@/lib/queries/get-received-mail-series';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { DEMO_MAIL_WEEKS, demoMailRows, seedDemoReceivedMail } from './seed-received-mail';

const senders = ['a.demo.test', 'b.demo.test', ...Array.from({ length: 30 }, (_, i) => `s${i}.example`)];

describe('demoMailRows', () => {
  const rows = demoMailRows('2026-11-30', senders);

  it('is the same on every run', () => {
    expect(demoMailRows('2026-11-30', senders)).toEqual(rows);
  });

  it('covers two years of Mondays, the third source from the middle on', () => {
    const days = [...new Set(rows.map((r) => r.day))].sort();
    expect(days).toHaveLength(DEMO_MAIL_WEEKS);
    expect(days.at(-1)).toBe('2026-11-30');
    expect(days.every((day) => new Date(`${day}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
    const third = [...new Set(rows.filter((r) => r.source === 2).map((r) => r.day))].sort();
    expect(third[0]).toBe(days[52]);
  });

  it('has pass shares that climb from the first year to the second', () => {
    const passShare = (method: 'spf' | 'dkim' | 'dmarc', from: number, to: number) => {
      const days = [...new Set(rows.map((r) => r.day))].sort().slice(from, to);
      const inRange = rows.filter((r) => r.source < 2 && days.includes(r.day));
      const total = inRange.reduce((n, r) => n + r.messages, 0);
      return inRange.filter((r) => r[method] === 'pass').reduce((n, r) => n + r.messages, 0) / total;
    };
    for (const method of ['spf', 'dkim', 'dmarc'] as const)
      expect(passShare(method, 0, 8)).toBeLessThan(passShare(method, DEMO_MAIL_WEEKS - 8, DEMO_MAIL_WEEKS));
  });
});

describe('seedDemoReceivedMail', () => {
  let scratch: ScratchDatabase;
  let db: PrismaClient;
  beforeAll(async () => {
    scratch = await createScratchDatabase('demo_mail');
    db = scratch.db;
  }, 120_000);
  afterAll(async () => {
    await scratch?.drop();
  });

  it('stores three sources once, and the series breaks where the third joins', async () => {
    const rows = await seedDemoReceivedMail(db, '2026-11-30');
    expect(rows).toBeGreaterThan(1000);
    expect(await seedDemoReceivedMail(db, '2026-11-30')).toBe(0);
    const { periods, sources } = await getReceivedMailSeries(systemViewer(), { by: 'week' }, db);
    expect(sources).toHaveLength(3);
    expect(periods).toHaveLength(DEMO_MAIL_WEEKS);
    expect(periods.filter((p) => p.breakBefore).map((p) => [p.start, p.sources])).toEqual([
      [periods[52]?.start, 3],
    ]);
    const first = periods[0]?.messages.shares.spfPass ?? 1;
    expect(periods.at(-1)?.messages.shares.spfPass).toBeGreaterThan(first);
  }, 120_000);
});
