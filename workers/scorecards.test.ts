import { randomUUID } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryResolver, type MemoryZone } from '@/audit/dns/memory-resolver';
import type { PrismaClient } from '@/generated/prisma/client';
import { SCORECARDS_JOB } from '@/lib/alerts/alert-jobs';
import type { AlertSettings } from '@/lib/alerts/alert-settings';
import { SMTP_DISABLED_ERROR } from '@/lib/alerts/delivery-attempt';
import { enqueueScorecardDeliveries } from '@/lib/alerts/enqueue-alert-jobs';
import { webhookAllowList } from '@/lib/alerts/webhook-allow-list';
import { syncBuiltinProfiles } from '@/lib/compliance/sync-builtin-profiles';
import { applyDomainGroups } from '@/lib/domains/apply-domain-groups';
import { registerDomain } from '@/lib/domains/register-domain';
import { deliverScorecardMail } from '@/lib/groups/scorecard/deliver-scorecard-mail';
import { dispatchScorecardMails } from '@/lib/groups/scorecard/dispatch-scorecard-mails';
import { scorecardMailPayload } from '@/lib/groups/scorecard/scorecard-payload';
import { scorecardPeriod } from '@/lib/groups/scorecard/scorecard-period';
import { addDays, dayOf } from '@/lib/history/day-of';
import { createRedisConnection } from '@/lib/redis';
import { decodedHeader, type MailReceiver, mailPart, startMailReceiver } from '@/testing/mail-receiver';
import { scanDomains } from '@/testing/scan-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { until } from '@/testing/until';
import { alertJobProcessor } from './jobs/alert-job';

// Both domains meet CISA BOD 18-01 at first; in the second week second.card.test loses its DMARC record.
const zone = (week: number): MemoryZone => ({
  'first.card.test': { TXT: [['v=spf1 -all']] },
  '_dmarc.first.card.test': { TXT: [['v=DMARC1; p=reject; rua=mailto:reports@dmarc.cyber.dhs.gov']] },
  'xn--zckzah.card.test': { TXT: [['v=spf1 -all']] },
  '_dmarc.xn--zckzah.card.test':
    week === 0 ? { TXT: [['v=DMARC1; p=reject; rua=mailto:reports@dmarc.cyber.dhs.gov']] } : {},
});

const today = dayOf(new Date(), 'Asia/Tokyo');

let scratch: ScratchDatabase;
let db: PrismaClient;
let smtp: MailReceiver;
let queue: Queue;
let worker: Worker;
let settings: AlertSettings;
let groupId: string;
let domains: Array<{ id: string; ascii: string }>;

const sentMails = (period: string) =>
  until(async () => {
    const rows = await db.groupScorecardMail.findMany({
      where: { groupId, period },
      orderBy: { language: 'asc' },
    });
    return rows.length === 2 && rows.every((r) => r.status === 'sent') && rows;
  }, 30_000);

const mailTo = (address: string) => smtp.mails.filter((m) => m.rcptTo.includes(address));

beforeAll(async () => {
  [scratch, smtp] = await Promise.all([createScratchDatabase('scorecards'), startMailReceiver()]);
  db = scratch.db;
  (globalThis as { kensaPrisma?: PrismaClient }).kensaPrisma = db;
  await syncBuiltinProfiles(db);
  const cisa = await db.complianceProfile.findUniqueOrThrow({ where: { builtinKey: 'cisa-bod-18-01' } });
  groupId = (await db.group.create({ data: { name: '検査省', scorecardSchedule: 'weekly' } })).id;
  await db.groupComplianceProfile.create({ data: { groupId, profileId: cisa.id } });
  domains = [];
  for (const [ascii, unicode] of [
    ['first.card.test', 'first.card.test'],
    ['xn--zckzah.card.test', 'テスト.card.test'],
  ] as const)
    domains.push(
      await db.$transaction(async (tx) => {
        const domain = await registerDomain(tx, { ascii, unicode });
        await applyDomainGroups(tx, domain.id, [groupId]);
        return domain;
      }),
    );
  await db.groupContact.createMany({
    data: [
      { groupId, name: '山田', email: 'yamada@ministry.example', language: 'ja' },
      { groupId, name: '佐藤', email: 'sato@ministry.example', language: 'ja' },
      { groupId, name: 'Smith', email: 'smith@ministry.example', language: 'en' },
    ],
  });
  await scanDomains(db, domains, createMemoryResolver(zone(0)));
  settings = {
    smtpUrl: smtp.url,
    from: 'Kensa <kensa@example.jp>',
    publicUrl: 'https://kensa.example.jp',
    timeZone: 'Asia/Tokyo',
    webhookTimeoutMs: 2000,
    webhookAllow: webhookAllowList(''),
    retry: { attempts: 3, backoffMs: 10 },
  };
  // A queue of its own on the shared test Redis: no other test's jobs, no worker of the dev server.
  const name = `scorecards-test-${randomUUID()}`;
  queue = new Queue(name, { connection: createRedisConnection() });
  worker = new Worker(name, alertJobProcessor({ db, queue, settings }), {
    connection: createRedisConnection(),
    concurrency: 2,
  });
  await worker.waitUntilReady();
}, 120_000);

afterAll(async () => {
  await worker?.close();
  await queue?.obliterate({ force: true }).catch(() => undefined);
  await queue?.close();
  await Promise.all([scratch?.drop(), smtp?.stop()]);
});

describe('scheduled scorecard mails', () => {
  it("a scheduler firing mails each language's contacts once per period, through the alerts queue", async () => {
    const period = scorecardPeriod('weekly', today);
    await queue.add(SCORECARDS_JOB, {});
    const rows = await sentMails(period);
    expect(rows.map((r) => [r.language, r.target, r.attempts])).toEqual([
      ['en', 'smith@ministry.example', 1],
      ['ja', 'sato@ministry.example,yamada@ministry.example', 1],
    ]);
    const [ja] = mailTo('yamada@ministry.example');
    expect(ja?.rcptTo.sort()).toEqual(['sato@ministry.example', 'yamada@ministry.example']);
    expect(decodedHeader(ja?.raw ?? '', 'Subject')).toBe(`[Kensa] 検査省: 状況レポート ${period}`);
    const jaText = mailPart(ja?.raw ?? '', 'text/plain');
    expect(jaText).toContain('初回のため');
    expect(jaText).toContain('- DMARC 設定: 100.0% (2/2)');
    expect(jaText).toContain('- CISA BOD 18-01');
    const [en] = mailTo('smith@ministry.example');
    expect(en?.rcptTo).toEqual(['smith@ministry.example']);
    expect(mailPart(en?.raw ?? '', 'text/plain')).toContain('- DMARC published: 100.0% (2/2)');

    // A second firing in the same period sends nothing more.
    const before = smtp.mails.length;
    await queue.add(SCORECARDS_JOB, {});
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(smtp.mails.length).toBe(before);
    expect(await db.groupScorecardMail.count({ where: { groupId } })).toBe(2);
  });

  it("the next period's mail gives the change since the previous one and the domains that changed", async () => {
    await scanDomains(db, domains, createMemoryResolver(zone(1)));
    const nextWeek = addDays(today, 7);
    const ids = await dispatchScorecardMails(db, nextWeek);
    expect(ids).toHaveLength(2);
    await enqueueScorecardDeliveries(queue, ids, settings.retry);
    const rows = await sentMails(scorecardPeriod('weekly', nextWeek));
    const payload = scorecardMailPayload.parse(rows[0]?.payload);
    expect(payload.previous?.period).toBe(scorecardPeriod('weekly', today));
    expect(payload.changed.total).toBe(1);
    const en = mailPart(mailTo('smith@ministry.example').at(-1)?.raw ?? '', 'text/plain');
    expect(en).toContain('- DMARC published: 50.0% (1/2) −50.00');
    expect(en).toContain('Domains whose compliance status changed: 1');
    expect(en).toContain('- テスト.card.test — CISA BOD 18-01');
    expect(en).toContain('compliant → not compliant');
    const ja = mailPart(mailTo('yamada@ministry.example').at(-1)?.raw ?? '', 'text/plain');
    expect(ja).toContain('準拠状況が変わったドメイン: 1 件');
    expect(ja).toContain('準拠 → 非準拠');
  });

  it('retries a mail server that is down, and fails at once when no mail server is configured', async () => {
    const { payload } = await db.groupScorecardMail.findFirstOrThrow({ where: { groupId, language: 'en' } });
    const row = (period: string) => ({
      groupId,
      period,
      language: 'en',
      target: 'smith@ministry.example',
      payload: payload ?? {},
    });
    const { id } = await db.groupScorecardMail.create({ data: row('2030-01') });
    const down = { ...settings, smtpUrl: 'smtp://127.0.0.1:9' };
    expect(await deliverScorecardMail(db, id, { last: false }, down)).toBe('retry');
    expect(await deliverScorecardMail(db, id, { last: true }, down)).toBe('failed');
    expect(await deliverScorecardMail(db, id, { last: true }, settings)).toBe('skipped');
    const failed = await db.groupScorecardMail.findUniqueOrThrow({ where: { id } });
    expect([failed.status, failed.attempts]).toEqual(['failed', 2]);
    const off = await db.groupScorecardMail.create({ data: row('2030-02') });
    expect(await deliverScorecardMail(db, off.id, { last: false }, { ...settings, smtpUrl: undefined })).toBe(
      'failed',
    );
    expect((await db.groupScorecardMail.findUniqueOrThrow({ where: { id: off.id } })).lastError).toBe(
      SMTP_DISABLED_ERROR,
    );
  });
});
