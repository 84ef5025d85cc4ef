import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { webhookAllowList } from '@/lib/alerts/webhook-allow-list';
import { writeAlertRule } from '@/lib/alerts/write-alert-rule';
import { alertRuleItemOf, webhookUrlFor } from '@/lib/api/v1/alert-rule-responses';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import type { Role } from '@/lib/auth/roles';
import { viewerOfToken } from '@/lib/auth/viewer';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { getAlertDelivery } from './get-alert-delivery';
import { getAlertRule } from './get-alert-rule';
import { listAlertDeliveries } from './list-alert-deliveries';
import { listAlertRules } from './list-alert-rules';

// A URL whose path is a credential, as many chat webhooks are.
const URL_WITH_TOKEN = 'https://hooks.example.jp:8443/services/T0KEN/s3cret?x=1';

let scratch: ScratchDatabase;
let db: PrismaClient;
let ruleId: string;
let deliveryId: string;
const as = (role: Role) => viewerOfToken(randomUUID(), role, null);

beforeAll(async () => {
  scratch = await createScratchDatabase('webhook_visibility');
  db = scratch.db;
  const rule = await db.alertRule.create({
    data: {
      name: 'Hooked',
      kind: 'record_lost',
      params: { metric: 'nullMx' },
      emails: [],
      webhookUrl: URL_WITH_TOKEN,
      webhookSecret: 'whsec_test',
    },
  });
  ruleId = rule.id;
  const delivery = await db.alertDelivery.create({
    data: {
      ruleId,
      channel: 'webhook',
      target: URL_WITH_TOKEN,
      status: 'failed',
      attempts: 1,
      lastError: 'HTTP 500 Internal Server Error',
      matchIds: [],
      payload: {
        rule: { id: ruleId, name: 'Hooked', kind: 'record_lost', digest: 'none', params: {} },
        total: 0,
        matches: [],
      },
    },
  });
  deliveryId = delivery.id;
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

describe('webhook URLs are shown to admins only', () => {
  it.each(['viewer', 'editor'] as const)('a %s sees the host, never the URL or the secret', async (role) => {
    const [listed] = await listAlertRules(as(role), db);
    expect(listed).toMatchObject({ webhookHost: 'hooks.example.jp:8443', webhookUrl: null });
    const rule = await getAlertRule(as(role), ruleId, db);
    expect(rule).toMatchObject({
      webhookHost: 'hooks.example.jp:8443',
      webhookUrl: null,
      webhookSecret: null,
    });
    const item = alertRuleItemOf(rule as NonNullable<typeof rule>, { viewer: as(role), canWrite: true });
    expect(item).not.toHaveProperty('webhookUrl');
    expect(item).not.toHaveProperty('webhookSecret');
    expect(JSON.stringify(item)).not.toContain('T0KEN');
    const { rows } = await listAlertDeliveries(as(role), { page: 1 }, db);
    expect(rows[0]?.target).toBe('hooks.example.jp:8443');
    expect((await getAlertDelivery(as(role), deliveryId, db))?.target).toBe('hooks.example.jp:8443');
  });

  it('an admin sees the URL, and the secret when it may write', async () => {
    const rule = await getAlertRule(as('admin'), ruleId, db);
    expect(rule).toMatchObject({ webhookUrl: URL_WITH_TOKEN, webhookSecret: 'whsec_test' });
    const item = alertRuleItemOf(rule as NonNullable<typeof rule>, { viewer: as('admin'), canWrite: true });
    expect(item).toMatchObject({ webhookUrl: URL_WITH_TOKEN, webhookSecret: 'whsec_test' });
    const readOnly = alertRuleItemOf(rule as NonNullable<typeof rule>, {
      viewer: as('admin'),
      canWrite: false,
    });
    expect(readOnly).not.toHaveProperty('webhookSecret');
    const { rows } = await listAlertDeliveries(as('admin'), { page: 1 }, db);
    expect(rows[0]?.target).toBe(URL_WITH_TOKEN);
  });

  it('only an admin sets a webhook URL through the API', async () => {
    await expect(webhookUrlFor(as('editor'), { given: 'https://x.example.jp/' })).rejects.toMatchObject({
      status: 403,
    });
    expect(await webhookUrlFor(as('editor'), { given: null })).toBeNull();
    expect(await webhookUrlFor(as('admin'), { given: 'https://x.example.jp/' })).toBe(
      'https://x.example.jp/',
    );
  });
});

describe('saving a rule', () => {
  const rule = {
    name: 'Internal',
    enabled: true,
    kind: 'record_lost' as const,
    params: { metric: 'nullMx' as const },
    groupId: null,
    emails: [],
    digest: 'none' as const,
  };

  it('refuses a webhook URL naming an internal address unless KENSA_WEBHOOK_ALLOW lists it', async () => {
    for (const webhookUrl of [
      'http://10.0.0.5/hook',
      'http://169.254.169.254/',
      'http://[::ffff:127.0.0.1]/',
    ])
      expect(
        await writeAlertRule({ rule: { ...rule, webhookUrl } }, SYSTEM_ACTOR, db, webhookAllowList('')),
      ).toMatchObject({
        ok: false,
        code: 'webhook_refused',
      });
    const allowed = await writeAlertRule(
      { rule: { ...rule, webhookUrl: 'http://10.0.0.5/hook' } },
      SYSTEM_ACTOR,
      db,
      webhookAllowList('10.0.0.0/8'),
    );
    expect(allowed).toMatchObject({ ok: true });
    // Names are judged when called, on the address connected to.
    const named = await writeAlertRule(
      { rule: { ...rule, webhookUrl: 'http://localhost/' } },
      SYSTEM_ACTOR,
      db,
      webhookAllowList(''),
    );
    expect(named).toMatchObject({ ok: true });
  });
});
