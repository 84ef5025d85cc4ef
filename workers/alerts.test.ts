import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsClient, type DnsClient } from '@/audit/dns/dns-client';
import type { PrismaClient } from '@/generated/prisma/client';
import { DIGEST_JOB } from '@/lib/alerts/alert-jobs';
import { alertPayload } from '@/lib/alerts/alert-payload';
import type { AlertSettings } from '@/lib/alerts/alert-settings';
import { deliverAlert } from '@/lib/alerts/deliver-alert';
import { SMTP_DISABLED_ERROR } from '@/lib/alerts/delivery-attempt';
import { dispatchPendingMatches } from '@/lib/alerts/dispatch-pending-matches';
import { enqueueRunEvaluations } from '@/lib/alerts/enqueue-alert-jobs';
import { evaluateRunAlerts } from '@/lib/alerts/evaluate-run-alerts';
import { webhookAllowList } from '@/lib/alerts/webhook-allow-list';
import { applyDomainGroups } from '@/lib/domains/apply-domain-groups';
import { registerDomain } from '@/lib/domains/register-domain';
import { ADOPTION_METRICS, type AdoptionMetric } from '@/lib/history/adoption-flags';
import { addDays, dateColumn, dayOf } from '@/lib/history/day-of';
import { createRedisConnection } from '@/lib/redis';
import { KEY_A } from '@/testing/healthy-zone';
import { startTempKnot, type TempKnot, zoneFile } from '@/testing/knot/temp-knot';
import {
  decodedHeader,
  type MailReceiver,
  mailHeaders,
  mailPart,
  startMailReceiver,
} from '@/testing/mail-receiver';
import { scanDomains } from '@/testing/scan-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { until } from '@/testing/until';
import { startWebhookReceiver, type WebhookReceiver } from '@/testing/webhook-receiver';
import { alertJobProcessor } from './jobs/alert-job';

// alpha: SPF, DMARC p=reject, an Ed25519 key at s1 (group X). beta: SPF only (not in X).
const zone = (dmarc: string | null, serial: number) =>
  zoneFile(
    'alert.test',
    `
ns                   A    127.0.0.1
mx                   A    192.0.2.25
alpha                TXT  "v=spf1 ip4:192.0.2.0/24 -all"
alpha                MX   10 mx.alert.test.
${dmarc ? `_dmarc.alpha TXT "${dmarc}"` : ''}
s1._domainkey.alpha  TXT  "v=DKIM1; k=ed25519; p=${KEY_A}"
beta                 TXT  "v=spf1 -all"
beta                 MX   10 mx.alert.test.
`,
    serial,
  );

const ATTEMPTS = 4;
const today = dayOf(new Date());

let knot: TempKnot;
let scratch: ScratchDatabase;
let db: PrismaClient;
let dns: DnsClient;
let smtp: MailReceiver;
let hooks: WebhookReceiver;
let queue: Queue;
let worker: Worker;
let settings: AlertSettings;
let domains: Array<{ id: string; ascii: string }>;
let groupX: string;
let secondRun: string;

/** Waits until every delivery of the rule is sent or failed, and returns them. */
async function settled(ruleId: string, count: number) {
  return until(async () => {
    const rows = await db.alertDelivery.findMany({ where: { ruleId }, orderBy: { channel: 'asc' } });
    return rows.length === count && rows.every((d) => d.status !== 'pending') && rows;
  });
}

/** The receiver-side check documented in docs/alerts.md. */
function verifySignature(secret: string, header: string, body: string, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > toleranceSeconds || !parts.v1) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const rule = (data: {
  name: string;
  kind: 'record_lost' | 'finding_appeared' | 'dkim_key_age' | 'adoption_fell';
  params: object;
  groupId?: string | null;
  emails?: string[];
  webhookUrl?: string;
  digest?: 'none' | 'hourly' | 'daily';
}) =>
  db.alertRule.create({
    data: { ...data, webhookSecret: data.webhookUrl ? `secret-${randomUUID()}` : null },
  });

beforeAll(async () => {
  [knot, scratch, smtp, hooks] = await Promise.all([
    startTempKnot({ 'alert.test': zone('v=DMARC1; p=reject', 1) }),
    createScratchDatabase('alerts'),
    startMailReceiver(),
    startWebhookReceiver({ '/flaky': [500, 503, 200], '/down': [500], '/ok': [204] }),
  ]);
  db = scratch.db;
  dns = createDnsClient({ servers: [{ host: '127.0.0.1', port: knot.port }], timeoutMs: 1000 });
  domains = await db.$transaction(async (tx) => [
    await registerDomain(tx, { ascii: 'alpha.alert.test', unicode: 'alpha.alert.test' }),
    await registerDomain(tx, { ascii: 'beta.alert.test', unicode: 'beta.alert.test' }),
  ]);
  groupX = (await db.group.create({ data: { name: 'Group X' } })).id;
  await db.$transaction((tx) => applyDomainGroups(tx, domains[0]?.id as string, [groupX]));
  settings = {
    smtpUrl: smtp.url,
    from: 'Kensa <kensa@example.jp>',
    publicUrl: 'https://kensa.example.jp',
    timeZone: 'Asia/Tokyo',
    webhookTimeoutMs: 2000,
    // The receiver listens on 127.0.0.1, which webhooks may call only when allowed.
    webhookAllow: webhookAllowList('127.0.0.1'),
    retry: { attempts: ATTEMPTS, backoffMs: 10 },
  };
  // A queue of its own on the shared test Redis: no other test's jobs, no worker of the dev server.
  const name = `alerts-test-${randomUUID()}`;
  queue = new Queue(name, { connection: createRedisConnection() });
  worker = new Worker(name, alertJobProcessor({ db, queue, settings }), {
    connection: createRedisConnection(),
    concurrency: 4,
  });
  await worker.waitUntilReady();
  await scanDomains(db, domains, dns);
}, 120_000);

afterAll(async () => {
  await worker?.close();
  await queue?.obliterate({ force: true }).catch(() => undefined);
  await queue?.close();
  dns?.close();
  await Promise.all([knot?.stop(), scratch?.drop(), smtp?.stop(), hooks?.stop()]);
});

describe('a rescan after a domain of group X lost its DMARC record', () => {
  it('mails one match, and retries a flaky webhook until its third attempt is answered 200', async () => {
    const lost = await rule({
      name: 'Group X lost DMARC\r\nBcc: evil@attacker.example',
      kind: 'record_lost',
      params: { metric: 'dmarcPublished' },
      groupId: groupX,
      emails: ['team@example.jp'],
      webhookUrl: `${hooks.url}/flaky`,
    });
    const down = await rule({
      name: 'Any domain lost DMARC',
      kind: 'record_lost',
      params: { metric: 'dmarcPublished' },
      webhookUrl: `${hooks.url}/down`,
    });
    const oldKeys = await rule({
      name: 'Old keys',
      kind: 'dkim_key_age',
      params: { days: 365 },
      digest: 'hourly',
      emails: ['k@example.jp'],
    });
    const fell = await rule({
      name: 'X adoption fell',
      kind: 'adoption_fell',
      params: { metric: 'dmarcPublished', points: 10, compare: 'previous-day' },
      groupId: groupX,
      digest: 'hourly',
      emails: ['f@example.jp'],
    });
    // Yesterday every member of X published DMARC; the key has been seen for 400 days.
    await db.adoptionRollup.create({
      data: {
        scope: groupX,
        day: dateColumn(addDays(today, -1)),
        sinceDay: dateColumn(addDays(today, -1)),
        untilDay: dateColumn('9999-12-31'),
        domains: 1,
        unknown: 0,
        ...(Object.fromEntries(
          ADOPTION_METRICS.flatMap((m) => [
            [m, 0],
            [`${m}Unknown`, 0],
          ]),
        ) as Record<AdoptionMetric | `${AdoptionMetric}Unknown`, number>),
        spfPublished: 1,
        spfValid: 1,
        dkimPublished: 1,
        dmarcPublished: 1,
        dmarcEnforcing: 1,
      },
    });
    await db.dkimKey.updateMany({ data: { firstSeenAt: new Date(Date.now() - 400 * 86_400_000) } });

    await knot.writeZone('alert.test', zone(null, 2));
    await knot.reload('alert.test');
    secondRun = await scanDomains(db, domains, dns);
    await enqueueRunEvaluations(queue, [secondRun]);

    const [mail, hook] = await settled(lost.id, 2);
    expect(await db.alertMatch.count({ where: { ruleId: lost.id } })).toBe(1);
    expect(mail).toMatchObject({ channel: 'email', status: 'sent', attempts: 1, target: 'team@example.jp' });
    expect(hook).toMatchObject({
      channel: 'webhook',
      status: 'sent',
      attempts: 3,
      lastError: 'HTTP 503 Service Unavailable',
    });

    expect(smtp.mails).toHaveLength(1);
    const [received] = smtp.mails;
    expect(received?.rcptTo).toEqual(['team@example.jp']);
    // The CR/LF in the rule name did not open a header.
    expect(mailHeaders(received?.raw ?? '').filter((h) => /^bcc:/i.test(h))).toEqual([]);
    const subject = decodedHeader(received?.raw ?? '', 'Subject');
    expect(subject).toBe(
      '[Kensa] Group X lost DMARC Bcc: evil@attacker.example: 1 件のアラート / 1 alert(s)',
    );
    const text = mailPart(received?.raw ?? '', 'text/plain');
    expect(text).toContain('alpha.alert.test: DMARC 設定: 前回の検査では設定あり、今回は設定なし');
    expect(text).toContain('alpha.alert.test: DMARC published: adopted at the previous scan, not any more');
    expect(text).toContain(`https://kensa.example.jp/domains/${domains[0]?.id}`);
    expect(text).not.toContain('beta.alert.test');
    expect(mailPart(received?.raw ?? '', 'text/html')).toContain('alpha.alert.test');

    const flaky = hooks.calls.filter((c) => c.path === '/flaky');
    expect(flaky).toHaveLength(3);
    const last = flaky[2];
    expect(last?.headers['content-type']).toBe('application/json');
    expect(last?.headers['kensa-delivery']).toBe(hook?.id);
    const secret = (await db.alertRule.findUniqueOrThrow({ where: { id: lost.id } })).webhookSecret ?? '';
    expect(verifySignature(secret, String(last?.headers['kensa-signature']), last?.body ?? '')).toBe(true);
    expect(verifySignature('wrong', String(last?.headers['kensa-signature']), last?.body ?? '')).toBe(false);
    const body = JSON.parse(last?.body ?? '{}');
    expect(body).toMatchObject({ id: hook?.id, total: 1, rule: { id: lost.id, kind: 'record_lost' } });
    expect(body.matches).toEqual([
      expect.objectContaining({ kind: 'record_lost', metric: 'dmarcPublished', domain: 'alpha.alert.test' }),
    ]);

    const [failed] = await settled(down.id, 1);
    expect(failed).toMatchObject({
      status: 'failed',
      attempts: ATTEMPTS,
      lastError: 'HTTP 500 Internal Server Error',
      sentAt: null,
    });
    expect(hooks.calls.filter((c) => c.path === '/down')).toHaveLength(ATTEMPTS);

    // Digest rules wait for their digest: matched, not dispatched.
    const waiting = await db.alertMatch.findMany({ where: { ruleId: { in: [oldKeys.id, fell.id] } } });
    expect(waiting.map((m) => [m.dedupeKey.split(':')[0], m.dispatchedAt])).toEqual(
      expect.arrayContaining([
        ['dkim', null],
        ['fell', null],
      ]),
    );
    expect(waiting).toHaveLength(2);
    const fall = waiting.find((m) => m.ruleId === fell.id);
    expect(fall?.detail).toMatchObject({
      scope: groupX,
      scopeName: 'Group X',
      fromPercent: 100,
      toPercent: 0,
    });
  });

  it('evaluating the same run again adds no match and sends nothing', async () => {
    const before = await db.alertMatch.count();
    expect(await evaluateRunAlerts(secondRun, db)).toMatchObject({ status: 'evaluated', newMatches: 0 });
    expect(await db.alertMatch.count()).toBe(before);
    expect(await dispatchPendingMatches(db, 'none')).toEqual([]);
  });

  it('an old DKIM key fires once, not after every scan that still sees it', async () => {
    const third = await scanDomains(db, domains, dns);
    await evaluateRunAlerts(third, db);
    const keys = await db.alertMatch.findMany({ where: { rule: { kind: 'dkim_key_age' } } });
    expect(keys).toHaveLength(1);
    expect(keys[0]?.dedupeKey).toMatch(new RegExp(`^dkim:${domains[0]?.id}:s1:`));
    expect(keys[0]?.detail).toMatchObject({ selector: 's1', ageDays: 400, domain: 'alpha.alert.test' });
  });
});

describe('without KENSA_SMTP_URL', () => {
  it('an e-mail delivery fails at once and says the channel is not configured', async () => {
    const mailOnly = await rule({
      name: 'Mail only',
      kind: 'record_lost',
      params: { metric: 'nullMx' },
      emails: ['nobody@example.jp'],
    });
    const alpha = domains[0] as { id: string; ascii: string };
    await db.alertMatch.create({
      data: {
        ruleId: mailOnly.id,
        domainId: alpha.id,
        dedupeKey: 'lost:test',
        detail: {
          kind: 'record_lost',
          metric: 'nullMx',
          domainId: alpha.id,
          domain: alpha.ascii,
          at: new Date().toISOString(),
        },
      },
    });
    const [deliveryId] = await dispatchPendingMatches(db, 'none');
    const outcome = await deliverAlert(
      db,
      deliveryId as string,
      { last: false },
      { ...settings, smtpUrl: undefined },
    );
    expect(outcome).toBe('failed');
    expect(await db.alertDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: SMTP_DISABLED_ERROR,
    });
  });
});

describe('without KENSA_WEBHOOK_ALLOW', () => {
  it('a webhook to 127.0.0.1 fails at once, is never called, and says why', async () => {
    const hookOnly = await rule({
      name: 'Hook to loopback',
      kind: 'record_lost',
      params: { metric: 'nullMx' },
      webhookUrl: `${hooks.url}/ok`,
    });
    const alpha = domains[0] as { id: string; ascii: string };
    await db.alertMatch.create({
      data: {
        ruleId: hookOnly.id,
        domainId: alpha.id,
        dedupeKey: 'lost:refused',
        detail: {
          kind: 'record_lost',
          metric: 'nullMx',
          domainId: alpha.id,
          domain: alpha.ascii,
          at: '2026-01-01',
        },
      },
    });
    const calls = hooks.calls.length;
    const [deliveryId] = await dispatchPendingMatches(db, 'none');
    const noAllowList = { ...settings, webhookAllow: webhookAllowList(undefined) };
    expect(await deliverAlert(db, deliveryId as string, { last: false }, noAllowList)).toBe('failed');
    expect(await db.alertDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'refused: 127.0.0.1 is a loopback address (not in KENSA_WEBHOOK_ALLOW)',
    });
    expect(hooks.calls.length).toBe(calls);
  });
});

describe('digest', () => {
  it('50 waiting matches of a daily rule go out as one delivery per channel', async () => {
    const daily = await rule({
      name: 'Daily findings',
      kind: 'finding_appeared',
      params: { minSeverity: 'warning' },
      digest: 'daily',
      emails: ['digest@example.jp', 'second@example.jp'],
      webhookUrl: `${hooks.url}/ok`,
    });
    const alpha = domains[0] as { id: string; ascii: string };
    await db.alertMatch.createMany({
      data: Array.from({ length: 50 }, (_, i) => ({
        ruleId: daily.id,
        domainId: alpha.id,
        dedupeKey: `event:${randomUUID()}`,
        detail: {
          kind: 'finding_appeared',
          findingId: 'dmarc.missing',
          severity: 'warning',
          domainId: alpha.id,
          domain: alpha.ascii,
          at: new Date(Date.now() - i * 1000).toISOString(),
        },
      })),
    });
    const mailsBefore = smtp.mails.length;
    await queue.add(DIGEST_JOB, { digest: 'daily' });
    const deliveries = await settled(daily.id, 2);
    expect(deliveries.map((d) => [d.channel, d.status, d.matchIds.length])).toEqual([
      ['email', 'sent', 50],
      ['webhook', 'sent', 50],
    ]);
    expect(alertPayload.parse(deliveries[0]?.payload).total).toBe(50);
    expect(smtp.mails.length - mailsBefore).toBe(1);
    const mail = smtp.mails.at(-1);
    expect(mail?.rcptTo).toEqual(['digest@example.jp', 'second@example.jp']);
    expect(decodedHeader(mail?.raw ?? '', 'Subject')).toContain('50 alert(s)');
    const call = hooks.calls.filter((c) => c.path === '/ok').at(-1);
    const body = JSON.parse(call?.body ?? '{}');
    expect(body.total).toBe(50);
    expect(body.matches).toHaveLength(50);
    expect(await db.alertMatch.count({ where: { ruleId: daily.id, dispatchedAt: null } })).toBe(0);

    // The next firing finds nothing waiting.
    await queue.add(DIGEST_JOB, { digest: 'daily' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await db.alertDelivery.count({ where: { ruleId: daily.id } })).toBe(2);
  });
});
