import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { type Viewer, viewerOfToken, viewerOfUser } from '@/lib/auth/viewer';
import { applyDomainGroups } from '@/lib/domains/apply-domain-groups';
import { registerDomain } from '@/lib/domains/register-domain';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { getDomainReceivedMail } from './get-domain-received-mail';
import { getReceivedMailSeries } from './get-received-mail-series';
import { NotVisibleError } from './not-visible';

/**
 * Received-mail series on real PostgreSQL: aggregates inserted as an ingest would leave them.
 * Weeks of 2026: 5 Jan, 12 Jan, 19 Jan (source B joins), 26 Jan; January and February months.
 */
let scratch: ScratchDatabase;
let db: PrismaClient;
let a: string;
let b: string;
let domainId: string;
let group: string;
let everything: Viewer;
let ministry: Viewer;
let nobody: Viewer;

const person = (groupIds: string[] | null) =>
  viewerOfUser({
    id: crypto.randomUUID(),
    email: 'p@kensa.test',
    name: null,
    role: 'viewer',
    groupIds,
    mfaEnrolmentRequired: false,
  });

type Row = [source: string, day: string, domain: string, spf: string, dkim: string, dmarc: string, n: number];

async function insert(rows: Row[]) {
  await db.mailDailyAggregate.createMany({
    data: rows.map(([sourceId, day, senderDomain, spf, dkim, dmarc, messages]) => ({
      sourceId,
      day: new Date(`${day}T00:00:00Z`),
      senderDomain,
      spf,
      dkim,
      dmarc,
      messages,
    })),
  });
}

beforeAll(async () => {
  scratch = await createScratchDatabase('received_mail_series');
  db = scratch.db;
  (globalThis as { kensaPrisma?: PrismaClient }).kensaPrisma = db;
  a = (await db.mailSource.create({ data: { name: 'Carrier A', trustedAuthservIds: ['mx.a.test'] } })).id;
  b = (await db.mailSource.create({ data: { name: 'Carrier B', trustedAuthservIds: ['mx.b.test'] } })).id;
  const registered = await db.$transaction((tx) =>
    registerDomain(tx, { ascii: 'ministry.test', unicode: 'ministry.test' }),
  );
  if (!registered) throw new Error('registration failed');
  domainId = registered.id;
  group = (await db.group.create({ data: { name: 'Ministry' } })).id;
  await db.$transaction((tx) => applyDomainGroups(tx, domainId, [group]));
  everything = person(null);
  ministry = person([group]);
  nobody = viewerOfToken(crypto.randomUUID(), 'viewer', []);
  await insert([
    // Week of 5 Jan: 100 messages from A; ministry.test 60 (SPF pass), other.test 30 fail, 10 none.
    [a, '2026-01-05', 'ministry.test', 'pass', 'pass', 'pass', 60],
    [a, '2026-01-06', 'other.test', 'fail', 'none', 'fail', 30],
    [a, '2026-01-07', 'third.test', 'none', 'none', 'none', 10],
    // Week of 12 Jan: A only; 80 pass of 100.
    [a, '2026-01-12', 'ministry.test', 'pass', 'pass', 'pass', 70],
    [a, '2026-01-13', 'other.test', 'pass', 'none', 'none', 10],
    [a, '2026-01-13', 'other.test', 'softfail', 'none', 'none', 15],
    [a, '2026-01-14', 'third.test', 'temperror', 'none', 'none', 5],
    // Week of 19 Jan: B joins.
    [a, '2026-01-19', 'ministry.test', 'pass', 'pass', 'pass', 50],
    [b, '2026-01-20', 'ministry.test', 'fail', 'fail', 'fail', 50],
    // Week of 26 Jan: both again; '' (no sender domain) counts in messages only.
    [a, '2026-01-26', 'ministry.test', 'pass', 'pass', 'pass', 40],
    [b, '2026-01-27', 'ministry.test', 'pass', 'pass', 'pass', 40],
    [b, '2026-01-27', '', 'none', 'none', 'none', 20],
    // February: A only.
    [a, '2026-02-02', 'ministry.test', 'pass', 'pass', 'pass', 10],
  ]);
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

describe('getReceivedMailSeries', () => {
  it('gives message and domain shares per week, with the change in points', async () => {
    const { periods } = await getReceivedMailSeries(everything, { by: 'week' });
    expect(periods.map((p) => [p.start, p.sources, p.breakBefore])).toEqual([
      ['2026-01-05', 1, false],
      ['2026-01-12', 1, false],
      ['2026-01-19', 2, true],
      ['2026-01-26', 2, false],
      ['2026-02-02', 1, true],
    ]);
    const [first, second] = periods;
    expect(first?.messages.shares).toEqual({
      spfPublished: 0.9,
      spfPass: 0.6,
      dkimPass: 0.6,
      dmarcPass: 0.6,
    });
    expect(first?.messages.change).toBeNull();
    // 95 judged (5 temperror), 95 published; 80 of 100 passed: +20.00 points.
    expect(second?.messages.shares).toEqual({ spfPublished: 1, spfPass: 0.8, dkimPass: 0.7, dmarcPass: 0.7 });
    expect(second?.messages.change).toEqual({ spfPublished: 10, spfPass: 20, dkimPass: 10, dmarcPass: 10 });
    // Domains: other.test had pass 10 and softfail 15: counted once, under softfail.
    expect(second?.domains.total).toBe(3);
    expect(second?.domains.results.spf).toEqual({ pass: 1, softfail: 1, temperror: 1 });
    expect(second?.domains.shares.spfPass).toBe(0.3333);
    expect(second?.domains.shares.spfPublished).toBe(1);
  });

  it('breaks the series where the sources change, and gives no change across the break', async () => {
    const { periods } = await getReceivedMailSeries(everything, { by: 'week' });
    expect(periods[2]?.messages.change).toBeNull();
    expect(periods[2]?.messages.shares.spfPass).toBe(0.5);
    expect(periods[3]?.messages.shares.spfPass).toBe(0.8);
    expect(periods[3]?.messages.change?.spfPass).toBe(30);
    expect(periods[3]?.messages.total).toBe(100);
    expect(periods[3]?.domains.total).toBe(1);
  });

  it('sums months, and one source alone', async () => {
    const months = await getReceivedMailSeries(everything, { by: 'month' });
    expect(months.periods.map((p) => [p.start, p.sources, p.messages.total, p.breakBefore])).toEqual([
      ['2026-01-01', 2, 400, false],
      ['2026-02-01', 1, 10, true],
    ]);
    const onlyB = await getReceivedMailSeries(everything, { by: 'week', source: b });
    expect(onlyB.periods.map((p) => [p.start, p.messages.total, p.breakBefore])).toEqual([
      ['2026-01-19', 50, false],
      ['2026-01-26', 60, false],
    ]);
    expect(onlyB.sources.map((s) => [s.name, s.contributes])).toEqual([
      ['Carrier A', false],
      ['Carrier B', true],
    ]);
    // A gap of a calendar period is a break too.
    const range = await getReceivedMailSeries(everything, {
      by: 'week',
      from: '2026-01-19',
      to: '2026-01-31',
    });
    expect(range.periods.map((p) => p.start)).toEqual(['2026-01-19', '2026-01-26']);
  });

  it('shows a viewer limited to groups only the mail of their groups’ registered domains', async () => {
    const { periods } = await getReceivedMailSeries(ministry, { by: 'week' });
    expect(periods.map((p) => [p.start, p.messages.total, p.domains.total])).toEqual([
      ['2026-01-05', 60, 1],
      ['2026-01-12', 70, 1],
      ['2026-01-19', 100, 1],
      ['2026-01-26', 80, 1],
      ['2026-02-02', 10, 1],
    ]);
    expect(periods[0]?.messages.shares.spfPass).toBe(1);
    // Narrowed to its group: the same; to all senders or another group: refused as not visible.
    const own = await getReceivedMailSeries(ministry, { by: 'week', scopes: [group] });
    expect(own.periods).toEqual(periods);
    await expect(getReceivedMailSeries(ministry, { scopes: ['all'] })).rejects.toThrow(NotVisibleError);
    await expect(getReceivedMailSeries(ministry, { scopes: [crypto.randomUUID()] })).rejects.toThrow(
      NotVisibleError,
    );
    const none = await getReceivedMailSeries(nobody, { by: 'week' });
    expect(none.periods).toEqual([]);
    expect(none.sources.every((s) => !s.contributes)).toBe(true);
  });

  it('refuses bad input', async () => {
    await expect(getReceivedMailSeries(everything, { by: 'day' as 'week' })).rejects.toThrow();
    await expect(getReceivedMailSeries(everything, { source: 'x' })).rejects.toThrow();
    await expect(
      getReceivedMailSeries(everything, { from: '2026-02-01', to: '2026-01-01' }),
    ).rejects.toThrow();
  });
});

describe('getDomainReceivedMail', () => {
  it('gives the latest week of the domain’s own mail, in scope only', async () => {
    const mail = await getDomainReceivedMail(ministry, domainId);
    expect(mail?.senderDomain).toBe('ministry.test');
    expect(mail?.latest?.start).toBe('2026-02-02');
    expect(mail?.latest?.sources).toBe(1);
    expect(mail?.latest?.messages.shares.spfPass).toBe(1);
    expect(await getDomainReceivedMail(nobody, domainId)).toBeNull();
    await db.mailDailyAggregate.deleteMany({
      where: { senderDomain: 'ministry.test', day: { gte: new Date('2026-02-01') } },
    });
    const earlier = await getDomainReceivedMail(everything, domainId);
    // Week of 26 Jan: 80 messages, both sources; week of 19 Jan had 50 fail of 100.
    expect(earlier?.latest?.messages.results.spf).toEqual({ pass: 80 });
    expect(earlier?.latest?.messages.change?.spfPass).toBe(50);
  });
});
