import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { systemViewer, viewerOfUser } from '@/lib/auth/viewer';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { auditCursorText, readAuditCursor } from './audit-event-cursor';
import { type AuditEventFilter, readAuditEventFilter } from './audit-event-filter';
import { listAuditEvents } from './list-audit-events';

let scratch: ScratchDatabase;
let db: PrismaClient;
const ALICE = '01a2219d-0000-7000-8000-00000000a11c';
const TOKEN = '01a2219d-0000-7000-8000-0000000070c1';
const admin = systemViewer();

/** Entries an hour apart from 2026-11-30 09:00 Tokyo (00:00 UTC) backwards, two at the same instant. */
const ENTRIES = [
  {
    at: '2026-11-30T00:00:00Z',
    action: 'domain.archive',
    actorUserId: ALICE,
    actorLabel: 'Alice@Kensa.test',
    targetType: 'domain',
    targetId: 'd1',
  },
  {
    at: '2026-11-30T00:00:00Z',
    action: 'domain.update',
    actorUserId: ALICE,
    actorLabel: 'alice@kensa.test',
    tokenId: TOKEN,
    targetType: 'domain',
    targetId: 'd1',
  },
  {
    at: '2026-11-29T23:00:00Z',
    action: 'group.create',
    actorLabel: 'bob@kensa.test',
    targetType: 'group',
    targetId: 'g1',
  },
  {
    at: '2026-11-29T15:00:00Z',
    action: 'domains.odd',
    actorLabel: 'bob@kensa.test',
    targetType: 'domain',
    targetId: 'd2',
  },
  {
    at: '2026-11-29T14:59:59.999Z',
    action: 'domain.register',
    actorLabel: 'system',
    targetType: 'domain',
    targetId: 'd2',
  },
  {
    at: '2026-11-28T00:00:00Z',
    action: 'api-token.create',
    actorUserId: ALICE,
    actorLabel: 'alice@kensa.test',
    targetType: 'api-token',
    targetId: TOKEN,
  },
];

const actions = async (filter: AuditEventFilter, limit = 50) =>
  (await listAuditEvents(admin, filter, { limit }, db)).rows.map((row) => row.action);

beforeAll(async () => {
  vi.stubEnv('KENSA_TIME_ZONE', 'Asia/Tokyo');
  scratch = await createScratchDatabase('audit_list');
  db = scratch.db;
  // Oldest first, as they happen: of two at the same instant the later-written (larger UUIDv7) is newer.
  for (const { at, ...entry } of [...ENTRIES].reverse())
    await db.auditEvent.create({ data: { ...entry, at: new Date(at) } });
}, 120_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  await scratch?.drop();
});

describe('listAuditEvents', () => {
  it('lists newest first, the same instant by id', async () => {
    expect(await actions({})).toEqual(ENTRIES.map((e) => e.action));
  });

  it('filters by actor: e-mail in any case, a user id, or a token id', async () => {
    expect(await actions({ actor: 'ALICE@kensa.test' })).toEqual([
      'domain.archive',
      'domain.update',
      'api-token.create',
    ]);
    expect(await actions({ actor: ALICE })).toEqual(['domain.archive', 'domain.update', 'api-token.create']);
    expect(await actions({ actor: TOKEN })).toEqual(['domain.update']);
    expect(await actions({ actor: 'nobody@kensa.test' })).toEqual([]);
  });

  it('filters by action prefix and by target', async () => {
    expect(await actions({ action: 'domain.' })).toEqual([
      'domain.archive',
      'domain.update',
      'domain.register',
    ]);
    expect(await actions({ action: 'domain.update' })).toEqual(['domain.update']);
    expect(await actions({ targetType: 'domain', targetId: 'd2' })).toEqual([
      'domains.odd',
      'domain.register',
    ]);
    expect(await actions({ targetId: TOKEN })).toEqual(['api-token.create']);
  });

  it('takes days on the users calendar (whole days) or instants', async () => {
    // 2026-11-30 in Tokyo is 2026-11-29T15:00Z up to 2026-11-30T15:00Z.
    expect(await actions({ from: '2026-11-30', to: '2026-11-30' })).toEqual([
      'domain.archive',
      'domain.update',
      'group.create',
      'domains.odd',
    ]);
    expect(await actions({ to: '2026-11-29' })).toEqual(['domain.register', 'api-token.create']);
    expect(await actions({ from: '2026-11-29T23:00:00Z', to: '2026-11-29T23:00:00Z' })).toEqual([
      'group.create',
    ]);
    expect(await actions({ from: '2026-11-30T09:00:00+09:00' })).toEqual(['domain.archive', 'domain.update']);
  });

  it('pages by keyset: every entry once, in order, also across equal instants', async () => {
    const seen: string[] = [];
    let after = null;
    do {
      const page = await listAuditEvents(admin, {}, { after, limit: 1 }, db);
      seen.push(...page.rows.map((row) => row.action));
      // Through the URL form of the cursor, as the page's "older" link carries it.
      after = page.next ? readAuditCursor(auditCursorText(page.next)) : null;
    } while (after);
    expect(seen).toEqual(ENTRIES.map((e) => e.action));
    const filtered = await listAuditEvents(admin, { action: 'domain.' }, { limit: 2 }, db);
    expect(filtered.next).not.toBeNull();
    const rest = await listAuditEvents(admin, { action: 'domain.' }, { after: filtered.next, limit: 2 }, db);
    expect(rest.rows.map((row) => row.action)).toEqual(['domain.register']);
    expect(rest.next).toBeNull();
  });

  it('is for admins not limited to groups only', async () => {
    const user = { id: ALICE, email: 'alice@kensa.test', name: null, mfaEnrolmentRequired: false };
    const editor = viewerOfUser({ ...user, role: 'editor', groupIds: null });
    const scopedAdmin = viewerOfUser({ ...user, role: 'admin', groupIds: [TOKEN] });
    for (const viewer of [editor, scopedAdmin])
      await expect(listAuditEvents(viewer, {}, { limit: 5 }, db)).rejects.toThrow(/unscoped admins only/);
  });
});

describe('the page URL', () => {
  it('keeps the good filters and drops malformed ones', () => {
    expect(
      readAuditEventFilter({
        actor: ' alice@kensa.test ',
        action: "domain.' OR 1=1",
        from: '2026-11-31',
        to: ['2026-11-30', 'x'],
        targetType: '',
      }),
    ).toEqual({ actor: 'alice@kensa.test', to: '2026-11-30' });
    expect(readAuditEventFilter({ action: 'Domain.', from: '2026-11-30T00:00:00Z' })).toEqual({
      action: 'domain.',
    });
  });

  it('starts from the newest entry when the cursor is not one of ours', () => {
    expect(readAuditCursor('not-a-cursor')).toBeNull();
    expect(readAuditCursor(Buffer.from('{"at":"x","id":"y"}').toString('base64url'))).toBeNull();
    expect(readAuditCursor(undefined)).toBeNull();
  });
});
