import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { purgeAuditEvents } from './purge-audit-events';

let scratch: ScratchDatabase;
let db: PrismaClient;
const DAY = 86_400_000;
const now = new Date('2026-12-01T00:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

const add = (action: string, at: Date) => db.auditEvent.create({ data: { action, at } });
const actions = async () => (await db.auditEvent.findMany({ orderBy: { at: 'asc' } })).map((e) => e.action);

beforeAll(async () => {
  scratch = await createScratchDatabase('audit_purge');
  db = scratch.db;
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

describe('the audit log is append-only', () => {
  it('refuses UPDATE, and DELETE outside the purge', async () => {
    const entry = await add('domain.archive', daysAgo(1));
    await expect(db.auditEvent.update({ where: { id: entry.id }, data: { action: 'x' } })).rejects.toThrow(
      /append-only \(UPDATE refused\)/,
    );
    await expect(db.$executeRaw`UPDATE audit_events SET actor_label = 'someone else'`).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditEvent.delete({ where: { id: entry.id } })).rejects.toThrow(
      /append-only \(DELETE refused\)/,
    );
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    // The purge's permission is SET LOCAL: gone once its transaction ends, on every pooled connection.
    await purgeAuditEvents(db, 400, { now });
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL kensa.audit_purge = 'on'`;
        await tx.auditEvent.update({ where: { id: entry.id }, data: { action: 'x' } });
      }),
    ).rejects.toThrow(/UPDATE refused/);
    expect(await actions()).toEqual(['domain.archive']);
  });
});

describe('purgeAuditEvents', () => {
  it('deletes what is older than the retention, in batches, and records itself once', async () => {
    await add('group.create', daysAgo(500));
    await add('group.update', daysAgo(401));
    await add('group.members', daysAgo(400.5));
    await add('domain.register', daysAgo(399));
    expect(await purgeAuditEvents(db, 400, { now, batchSize: 2 })).toBe(3);
    expect(await actions()).toEqual(['domain.register', 'domain.archive', 'audit-log.purge']);
    const purge = await db.auditEvent.findFirstOrThrow({ where: { action: 'audit-log.purge' } });
    expect(purge).toMatchObject({
      actorUserId: null,
      actorLabel: 'system',
      targetType: 'audit-log',
      after: { deleted: 3, olderThan: daysAgo(400).toISOString(), retentionDays: 400 },
    });
  });

  it('deletes nothing and records nothing when nothing is too old', async () => {
    const count = await db.auditEvent.count();
    expect(await purgeAuditEvents(db, 400, { now })).toBe(0);
    expect(await db.auditEvent.count()).toBe(count);
  });
});
