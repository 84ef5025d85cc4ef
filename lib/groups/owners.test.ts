import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryResolver } from '@/audit/dns/memory-resolver';
import type { PrismaClient } from '@/generated/prisma/client';
import type { AuditActor } from '@/lib/audit-log/record-audit-event';
import { viewerOfToken, viewerOfUser } from '@/lib/auth/viewer';
import { applyDomainGroups } from '@/lib/domains/apply-domain-groups';
import { registerDomain } from '@/lib/domains/register-domain';
import { getGroupOwners } from '@/lib/queries/get-group-owners';
import { getGroupScorecard } from '@/lib/queries/get-group-scorecard';
import { scanDomains } from '@/testing/scan-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { contactFields } from './contacts/contact-fields';
import { removeGroupContact } from './contacts/remove-group-contact';
import { saveGroupContact } from './contacts/save-group-contact';
import { setScorecardSchedule } from './scorecard/set-scorecard-schedule';
import { authenticateStatusLink } from './status-link/authenticate-status-link';
import { revokeStatusLink } from './status-link/revoke-status-link';
import { rotateStatusLink } from './status-link/rotate-status-link';
import { hashStatusToken } from './status-link/status-link-token';

const actor: AuditActor = { userId: null, label: 'editor@kensa.test', clientAddress: '192.0.2.1' };

let scratch: ScratchDatabase;
let db: PrismaClient;
let groupA: string;
let groupB: string;

const person = (groupIds: string[] | null) =>
  viewerOfUser({
    id: crypto.randomUUID(),
    email: 'p@kensa.test',
    name: null,
    role: 'viewer',
    groupIds,
    mfaEnrolmentRequired: false,
  });

beforeAll(async () => {
  scratch = await createScratchDatabase('owners');
  db = scratch.db;
  (globalThis as { kensaPrisma?: PrismaClient }).kensaPrisma = db;
  groupA = (await db.group.create({ data: { name: 'Ministry A' } })).id;
  groupB = (await db.group.create({ data: { name: 'Ministry B' } })).id;
  const domains = [];
  for (const [ascii, group] of [
    ['a.owners.test', groupA],
    ['b.owners.test', groupB],
  ] as const)
    domains.push(
      await db.$transaction(async (tx) => {
        const domain = await registerDomain(tx, { ascii, unicode: ascii });
        await applyDomainGroups(tx, domain.id, [group]);
        return domain;
      }),
    );
  await scanDomains(db, domains, createMemoryResolver({ 'a.owners.test': { TXT: [['v=spf1 -all']] } }));
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

describe('group contacts', () => {
  it('are added, changed and removed with an audit entry each, an address once per group', async () => {
    const fields = contactFields.parse({
      name: '山田 太郎',
      email: 'Yamada@Ministry-A.example',
      language: 'ja',
    });
    expect(fields.email).toBe('yamada@ministry-a.example');
    const added = await saveGroupContact(groupA, undefined, { ...fields, role: 'CISO' }, actor, db);
    if (!added.ok) throw new Error(added.code);
    expect(await saveGroupContact(groupA, undefined, fields, actor, db)).toEqual({
      ok: false,
      code: 'email_taken',
    });
    // The same person may be a contact of another group too.
    expect((await saveGroupContact(groupB, undefined, fields, actor, db)).ok).toBe(true);
    expect(
      await saveGroupContact(groupA, added.id, { ...fields, role: 'CISO', language: 'en' }, actor, db),
    ).toEqual(added);
    // A contact of group A is not changed through group B.
    expect(await saveGroupContact(groupB, added.id, fields, actor, db)).toEqual({
      ok: false,
      code: 'not_found',
    });
    expect(await removeGroupContact(groupB, added.id, actor, db)).toEqual({ ok: false, code: 'not_found' });
    expect(await removeGroupContact(groupA, added.id, actor, db)).toEqual({ ok: true });
    const events = await db.auditEvent.findMany({
      where: { targetId: groupA, action: { startsWith: 'group.contact' } },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });
    expect(events.map((e) => [e.action, e.actorLabel, e.clientAddress])).toEqual([
      ['group.contact-add', actor.label, actor.clientAddress],
      ['group.contact-update', actor.label, actor.clientAddress],
      ['group.contact-remove', actor.label, actor.clientAddress],
    ]);
    expect(events[1]?.before).toEqual({ language: 'ja' });
    expect(events[1]?.after).toEqual({ language: 'en' });
    expect(events[2]?.before).toMatchObject({ email: 'yamada@ministry-a.example', role: 'CISO' });
  });

  it('refuses what would be unsafe to mail or store', () => {
    for (const email of ['a@b.example\r\nBcc: x@y.example', 'Name <a@b.example>', 'not-an-address'])
      expect(contactFields.safeParse({ name: 'x', email, language: 'ja' }).success).toBe(false);
    expect(contactFields.safeParse({ name: 'x', email: 'a@b.example', language: 'fr' }).success).toBe(false);
    expect(contactFields.safeParse({ name: ' ', email: 'a@b.example', language: 'en' }).success).toBe(false);
  });

  it('are read only by viewers who may see the group, never through a status link', async () => {
    await saveGroupContact(
      groupA,
      undefined,
      contactFields.parse({ name: 'C', email: 'c@a.example', language: 'en' }),
      actor,
      db,
    );
    expect((await getGroupOwners(person(null), groupA))?.contacts.map((c) => c.email)).toEqual([
      'c@a.example',
    ]);
    expect(await getGroupOwners(person([groupB]), groupA)).toBeNull();
    expect(await getGroupOwners(viewerOfToken(crypto.randomUUID(), 'viewer', []), groupA)).toBeNull();
    const link = await rotateStatusLink(groupA, actor, db);
    if (!link.ok) throw new Error(link.code);
    const viaLink = await authenticateStatusLink(link.token, db);
    if (!viaLink) throw new Error('link did not authenticate');
    expect(await getGroupOwners(viaLink, groupA)).toBeNull();
    await revokeStatusLink(groupA, actor, db);
  });
});

describe('the scorecard schedule', () => {
  it('changes with an audit entry, and a repeat changes nothing', async () => {
    expect(await setScorecardSchedule(groupA, 'weekly', actor, db)).toEqual({ ok: true, changed: true });
    expect(await setScorecardSchedule(groupA, 'weekly', actor, db)).toEqual({ ok: true, changed: false });
    expect(await setScorecardSchedule(crypto.randomUUID(), 'weekly', actor, db)).toEqual({
      ok: false,
      code: 'not_found',
    });
    const events = await db.auditEvent.findMany({ where: { action: 'group.scorecard-schedule' } });
    expect(events.map((e) => [e.before, e.after])).toEqual([
      [{ scorecardSchedule: 'off' }, { scorecardSchedule: 'weekly' }],
    ]);
  });
});

describe('a public status link', () => {
  it('is stored hashed, reads its own group only, and stops working when rotated or revoked', async () => {
    const first = await rotateStatusLink(groupA, actor, db);
    if (!first.ok) throw new Error(first.code);
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db.group.findUniqueOrThrow({ where: { id: groupA } });
    expect(stored.statusTokenHash).toBe(hashStatusToken(first.token));
    expect(JSON.stringify(await db.auditEvent.findMany())).not.toContain(first.token);

    const viewer = await authenticateStatusLink(first.token, db);
    expect(viewer?.groupIds).toEqual([groupA]);
    if (!viewer) throw new Error('no viewer');
    const scorecard = await getGroupScorecard(viewer, groupA);
    expect(scorecard?.domains.map((d) => d.name)).toEqual(['a.owners.test']);
    expect(scorecard?.adoption.find((a) => a.metric === 'spfPublished')?.percent).toBe(100);
    // Group A's link never reads group B.
    expect(await getGroupScorecard(viewer, groupB)).toBeNull();

    const second = await rotateStatusLink(groupA, actor, db);
    if (!second.ok) throw new Error(second.code);
    expect(await authenticateStatusLink(first.token, db)).toBeNull();
    expect((await authenticateStatusLink(second.token, db))?.groupIds).toEqual([groupA]);
    expect(await revokeStatusLink(groupA, actor, db)).toEqual({ ok: true, revoked: true });
    expect(await revokeStatusLink(groupA, actor, db)).toEqual({ ok: true, revoked: false });
    expect(await authenticateStatusLink(second.token, db)).toBeNull();
    for (const bad of ['', 'x', `${second.token}x`, '../../api/v1/groups', hashStatusToken(second.token)])
      expect(await authenticateStatusLink(bad, db)).toBeNull();

    const actions = await db.auditEvent.findMany({
      where: { targetId: groupA, action: { startsWith: 'group.status-link' } },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });
    expect(actions.map((e) => e.action)).toEqual([
      'group.status-link-create', // the previous test's link
      'group.status-link-revoke',
      'group.status-link-create',
      'group.status-link-rotate',
      'group.status-link-revoke',
    ]);
  });
});
