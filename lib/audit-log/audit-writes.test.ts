import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { alertRuleInput } from '@/lib/alerts/alert-rule-input';
import { deleteAlertRuleById } from '@/lib/alerts/delete-alert-rule-by-id';
import { rotateRuleWebhookSecret } from '@/lib/alerts/rotate-rule-webhook-secret';
import { writeAlertRule } from '@/lib/alerts/write-alert-rule';
import { createApiToken } from '@/lib/api-tokens/create-api-token';
import { revokeApiToken } from '@/lib/api-tokens/revoke-api-token';
import { systemViewer } from '@/lib/auth/viewer';
import { archiveDomainById } from '@/lib/domains/archive-domain-by-id';
import { registerDomain } from '@/lib/domains/register-domain';
import { registerDomainByName } from '@/lib/domains/register-domain-by-name';
import { updateDomain } from '@/lib/domains/update-domain';
import { changeGroupMembers } from '@/lib/groups/change-group-members';
import { saveGroupRecord } from '@/lib/groups/save-group-record';
import { dayOf } from '@/lib/history/day-of';
import { importRows } from '@/lib/import/import-rows';
import { rowsFromJson } from '@/lib/import/rows-from-json';
import { groupSchedulerId } from '@/lib/jobs/run-group-schedule-job';
import { closeQueues, scanQueue, scheduleQueue } from '@/lib/queue';
import { generateReport } from '@/lib/reports/generate-report';
import { reportInput } from '@/lib/reports/report-input';
import { cancelScanRun } from '@/lib/scans/cancel-scan-run';
import { startScanRun } from '@/lib/scans/start-scan-run';
import { updateGroupSchedule } from '@/lib/schedules/update-group-schedule';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { actorOf, type PersonActor } from './actor-of';

/**
 * Every write of the app, each run once through its core: exactly one audit entry with the actor,
 * the target and a bounded before/after; a write that changes nothing, or fails, records none; and a
 * failing entry takes its change down with it (they share one transaction).
 */
let scratch: ScratchDatabase;
let db: PrismaClient;
const ids: Record<string, string> = {};
const missing = '01a2219d-0000-7000-8000-000000000000';
let person: PersonActor;
let token: PersonActor;
let createdToken = '';

const rule = (fields: Record<string, unknown> = {}) =>
  alertRuleInput.parse({
    name: 'Lost DMARC',
    enabled: true,
    kind: 'record_lost',
    params: { metric: 'dmarcPublished' },
    groupId: null,
    emails: ['soc@audit.test'],
    webhookUrl: 'https://hooks.audit.test/T000/secret-path-part',
    digest: 'none',
    ...fields,
  });
const today = dayOf(new Date());

interface Change {
  action: string;
  as?: 'token';
  run: () => Promise<unknown>;
  target: () => { type: string; id?: string; label?: string };
  before?: unknown;
  after?: unknown;
}

const CHANGES: Change[] = [
  {
    action: 'group.create',
    run: async () => {
      const saved = await saveGroupRecord({ name: 'Finance', description: 'money' }, person, db);
      if (saved.ok) ids.group = saved.id;
    },
    target: () => ({ type: 'group', id: ids.group, label: 'Finance' }),
    before: null,
    after: { name: 'Finance', description: 'money' },
  },
  {
    action: 'group.update',
    as: 'token',
    run: () => saveGroupRecord({ id: ids.group as string, description: 'money and more' }, token, db),
    target: () => ({ type: 'group', id: ids.group, label: 'Finance' }),
    before: { description: 'money' },
    after: { description: 'money and more' },
  },
  {
    action: 'group.schedule',
    run: () => updateGroupSchedule({ groupId: ids.group, kind: 'daily', timeZone: 'Asia/Tokyo' }, person),
    target: () => ({ type: 'group', id: ids.group }),
    before: { scheduleKind: 'none' },
    after: { scheduleKind: 'daily' },
  },
  {
    action: 'domain.register',
    run: async () => {
      const added = await registerDomainByName('Audit-A.test', person, db);
      if (added.ok) ids.a = added.domain.id;
    },
    target: () => ({ type: 'domain', id: ids.a, label: 'audit-a.test' }),
    before: null,
    after: { ascii: 'audit-a.test', unicode: 'audit-a.test', archivedAt: null },
  },
  {
    action: 'domain.update',
    as: 'token',
    run: () =>
      updateDomain(
        ids.a as string,
        { tags: ['critical'], parked: false, groups: [ids.group as string] },
        token,
        db,
      ),
    target: () => ({ type: 'domain', id: ids.a }),
    before: { tags: [], groups: [] },
    get after() {
      return { tags: ['critical'], groups: [{ id: ids.group, name: 'Finance' }] };
    },
  },
  {
    action: 'group.members',
    run: () =>
      changeGroupMembers(
        ids.group as string,
        { add: [ids.b as string], remove: [ids.a as string] },
        person,
        db,
      ),
    target: () => ({ type: 'group', id: ids.group }),
    before: null,
    after: { added: { items: ['audit-b.test'], total: 1 }, removed: { items: ['audit-a.test'], total: 1 } },
  },
  {
    action: 'domain.import',
    run: () =>
      importRows(
        rowsFromJson([{ domain: 'audit-c.test', groups: ['Imported'] }]),
        { commit: true },
        person,
        db,
      ),
    target: () => ({ type: 'import' }),
    after: {
      rows: 1,
      created: { items: ['audit-c.test'], total: 1 },
      updated: 0,
      newGroups: { items: ['Imported'], total: 1 },
    },
  },
  {
    action: 'scan-run.start',
    as: 'token',
    run: async () => {
      const started = await startScanRun({ kind: 'domain', ids: [ids.a as string] }, 'api', token);
      if (started.ok) ids.run = started.runId;
    },
    target: () => ({ type: 'scan-run', id: ids.run }),
    after: { trigger: 'api', scope: 'domain', domains: 1 },
  },
  {
    action: 'scan-run.cancel',
    run: () => cancelScanRun(scanQueue(), ids.run as string, person),
    target: () => ({ type: 'scan-run', id: ids.run }),
    before: { status: 'queued' },
    after: { status: 'cancelled', cancelledDomains: 1 },
  },
  {
    action: 'alert-rule.create',
    run: async () => {
      const saved = await writeAlertRule({ rule: rule(), createdById: person.userId }, person, db);
      if (saved.ok) ids.rule = saved.id;
    },
    target: () => ({ type: 'alert-rule', id: ids.rule, label: 'Lost DMARC' }),
    after: {
      name: 'Lost DMARC',
      kind: 'record_lost',
      params: { metric: 'dmarcPublished' },
      emails: ['soc@audit.test'],
    },
  },
  {
    action: 'alert-rule.update',
    run: () =>
      writeAlertRule({ id: ids.rule, rule: rule({ name: 'Lost DMARC!', digest: 'daily' }) }, person, db),
    target: () => ({ type: 'alert-rule', id: ids.rule, label: 'Lost DMARC!' }),
    before: { name: 'Lost DMARC', digest: 'none' },
    after: { name: 'Lost DMARC!', digest: 'daily' },
  },
  {
    action: 'alert-rule.rotate-secret',
    run: () => rotateRuleWebhookSecret(ids.rule as string, person, db),
    target: () => ({ type: 'alert-rule', id: ids.rule }),
    before: null,
    after: null,
  },
  {
    action: 'alert-rule.delete',
    run: () => deleteAlertRuleById(ids.rule as string, person, db),
    target: () => ({ type: 'alert-rule', id: ids.rule }),
    before: { name: 'Lost DMARC!', digest: 'daily' },
    after: null,
  },
  {
    action: 'report.generate',
    run: async () => {
      const input = reportInput.parse({ scopes: ['all'], from: today, to: today, title: 'Q' });
      const generated = await generateReport(systemViewer(), input, person, db);
      if (generated.ok) ids.report = generated.id;
    },
    target: () => ({ type: 'report', id: ids.report, label: 'Q' }),
    after: { scopes: ['all'], from: today, to: today, title: 'Q' },
  },
  {
    action: 'api-token.create',
    run: async () => {
      const created = await createApiToken({ name: 'ci', scope: 'read', expiresInDays: 30 }, person, db);
      ids.token = created.id;
      createdToken = created.token;
    },
    target: () => ({ type: 'api-token', id: ids.token, label: 'ci' }),
    after: { name: 'ci', scope: 'read' },
  },
  {
    action: 'api-token.revoke',
    run: () => revokeApiToken(ids.token as string, person, db),
    target: () => ({ type: 'api-token', id: ids.token, label: 'ci' }),
    before: { revokedAt: null },
  },
  {
    action: 'domain.archive',
    run: () => archiveDomainById(ids.a as string, person, db),
    target: () => ({ type: 'domain', id: ids.a }),
    before: { archivedAt: null },
  },
  {
    action: 'domain.register',
    run: () => registerDomainByName('audit-a.test', person, db),
    target: () => ({ type: 'domain', id: ids.a }),
    before: { archivedAt: expect.any(String) },
    after: { archivedAt: null },
  },
];

/** Writes that change nothing or are refused: none may leave an entry. */
const NOTHING: Array<[string, () => Promise<unknown>]> = [
  ['a group name that is taken', () => saveGroupRecord({ name: 'Finance' }, person, db)],
  [
    'a group saved unchanged',
    () => saveGroupRecord({ id: ids.group as string, name: 'Finance' }, person, db),
  ],
  ['an unknown group', () => saveGroupRecord({ id: missing, name: 'X' }, person, db)],
  [
    'a schedule saved unchanged',
    () => updateGroupSchedule({ groupId: ids.group, kind: 'daily', timeZone: 'Asia/Tokyo' }, person),
  ],
  ['a domain already registered', () => registerDomainByName('audit-b.test', person, db)],
  ['a name that is not a domain', () => registerDomainByName('not a domain', person, db)],
  [
    'a domain patch that changes nothing',
    () => updateDomain(ids.a as string, { tags: ['critical'] }, person, db),
  ],
  [
    'a domain patch naming an unknown group',
    () => updateDomain(ids.a as string, { tags: ['x'], groups: [missing] }, person, db),
  ],
  [
    'members already in the group',
    () => changeGroupMembers(ids.group as string, { add: [ids.b as string], remove: [] }, person, db),
  ],
  [
    'an unknown domain to add',
    () => changeGroupMembers(ids.group as string, { add: [missing], remove: [] }, person, db),
  ],
  [
    'an import preview',
    () => importRows(rowsFromJson([{ domain: 'audit-d.test' }]), { commit: false }, person, db),
  ],
  [
    'a re-import of the same rows',
    () =>
      importRows(
        rowsFromJson([{ domain: 'audit-c.test', groups: ['Imported'] }]),
        { commit: true },
        person,
        db,
      ),
  ],
  ['a finished run cancelled', () => cancelScanRun(scanQueue(), ids.run as string, person)],
  ['a scan of an unknown domain', () => startScanRun({ kind: 'domain', ids: [missing] }, 'manual', person)],
  ['a rule of an unknown group', () => writeAlertRule({ rule: rule({ groupId: missing }) }, person, db)],
  ['rotating the secret of an unknown rule', () => rotateRuleWebhookSecret(missing, person, db)],
  ['an unknown rule deleted', () => deleteAlertRuleById(missing, person, db)],
  [
    'a report of an unknown group',
    () =>
      generateReport(
        systemViewer(),
        reportInput.parse({ scopes: [missing], from: today, to: today }),
        person,
        db,
      ),
  ],
  ['a token revoked twice', () => revokeApiToken(ids.token as string, person, db)],
  ['an unknown domain archived', () => archiveDomainById(missing, person, db)],
];

const entryCount = () => db.auditEvent.count();

beforeAll(async () => {
  scratch = await createScratchDatabase('audit_writes');
  db = scratch.db;
  // The cores that use the process-wide client (scans, schedules) then write to this database.
  (globalThis as { kensaPrisma?: PrismaClient }).kensaPrisma = db;
  const admin = await db.user.create({
    data: { email: 'admin@audit.test', passwordHash: 'x', role: 'admin' },
  });
  person = actorOf(admin, '192.0.2.7');
  const apiToken = {
    kind: 'token',
    tokenId: randomUUID(),
    tokenName: 'ci-bot',
    userId: admin.id,
    userEmail: admin.email,
  } as const;
  token = actorOf(apiToken, '2001:db8::7');
  ids.b = (
    await db.$transaction((tx) => registerDomain(tx, { ascii: 'audit-b.test', unicode: 'audit-b.test' }))
  ).id;
}, 120_000);

afterAll(async () => {
  if (ids.group) await scheduleQueue().removeJobScheduler(groupSchedulerId(ids.group));
  await closeQueues();
  await scratch?.drop();
});

describe('every change is recorded once, with who, what, target and before/after', () => {
  for (const change of CHANGES)
    it(change.action, async () => {
      const actor = change.as === 'token' ? token : person;
      const since = new Date(Date.now() - 1);
      const count = await entryCount();
      await change.run();
      expect(await entryCount()).toBe(count + 1);
      const entry = await db.auditEvent.findFirstOrThrow({ orderBy: [{ at: 'desc' }, { id: 'desc' }] });
      expect(entry.at.getTime()).toBeGreaterThanOrEqual(since.getTime() - 5000);
      expect(entry).toMatchObject({
        action: change.action,
        actorUserId: actor.userId,
        actorLabel: 'admin@audit.test',
        tokenId: actor.tokenId ?? null,
        tokenName: actor.tokenName ?? null,
        clientAddress: actor.clientAddress,
      });
      const target = change.target();
      expect({ type: entry.targetType, id: entry.targetId, label: entry.targetLabel }).toMatchObject(target);
      if (change.before === null) expect(entry.before).toBeNull();
      else if (change.before) expect(entry.before).toMatchObject(change.before);
      if (change.after === null) expect(entry.after).toBeNull();
      else if (change.after) expect(entry.after).toMatchObject(change.after);
    });

  it('keeps no secret: no token, no webhook secret, no webhook URL path, no report figures', async () => {
    const all = JSON.stringify(await db.auditEvent.findMany());
    expect(all).not.toContain(createdToken);
    expect(all).not.toContain('whsec_');
    expect(all).not.toContain('secret-path-part');
    expect(all).toMatch(/"webhookUrl":"https:\/\/hooks\.audit\.test\/… #[0-9a-f]{12}"/);
    const report = await db.auditEvent.findFirstOrThrow({ where: { action: 'report.generate' } });
    expect(Object.keys(report.after as object).sort()).toEqual(
      ['from', 'granularity', 'language', 'scopes', 'title', 'to', 'view'].sort(),
    );
  });
});

describe('a write that changes nothing, or fails, records nothing', () => {
  for (const [name, run] of NOTHING)
    it(name, async () => {
      const count = await entryCount();
      await run();
      expect(await entryCount()).toBe(count);
    });

  it('and when the entry cannot be written, the change is undone with it', async () => {
    await db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_doomed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.target_label LIKE 'doomed%' THEN RAISE EXCEPTION 'refused for the test'; END IF;
        RETURN NEW;
      END $$`);
    await db.$executeRawUnsafe(
      'CREATE TRIGGER refuse_doomed BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse_doomed()',
    );
    const count = await entryCount();
    await expect(saveGroupRecord({ name: 'doomed group' }, person, db)).rejects.toThrow();
    await expect(writeAlertRule({ rule: rule({ name: 'doomed rule' }) }, person, db)).rejects.toThrow();
    await expect(
      createApiToken({ name: 'doomed token', scope: 'read', expiresInDays: 30 }, person, db),
    ).rejects.toThrow();
    await expect(registerDomainByName('doomed.audit.test', person, db)).rejects.toThrow();
    expect(await db.group.count({ where: { name: 'doomed group' } })).toBe(0);
    expect(await db.alertRule.count({ where: { name: 'doomed rule' } })).toBe(0);
    expect(await db.apiToken.count({ where: { name: 'doomed token' } })).toBe(0);
    expect(await db.domain.count({ where: { ascii: 'doomed.audit.test' } })).toBe(0);
    expect(await entryCount()).toBe(count);
  });
});
