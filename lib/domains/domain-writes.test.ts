import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { SYSTEM_ACTOR } from '@/lib/audit-log/actor-of';
import { changeGroupMembers } from '@/lib/groups/change-group-members';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { archiveDomainById } from './archive-domain-by-id';
import { registerDomain } from './register-domain';
import { updateDomain } from './update-domain';

let scratch: ScratchDatabase;
let db: PrismaClient;
let a: string;
let b: string;
let groupX: string;
let groupY: string;
const missing = '01a2219d-0000-7000-8000-000000000000';

const openGroups = async (domainId: string) =>
  (
    await db.domainGroup.findMany({
      where: { domainId, untilDay: null, groupId: { not: null } },
      select: { groupId: true },
    })
  )
    .map((m) => m.groupId)
    .sort();

beforeAll(async () => {
  scratch = await createScratchDatabase('domain_writes');
  db = scratch.db;
  [a, b] = await db.$transaction(async (tx) => [
    (await registerDomain(tx, { ascii: 'a.writes.test', unicode: 'a.writes.test' })).id,
    (await registerDomain(tx, { ascii: 'b.writes.test', unicode: 'b.writes.test' })).id,
  ]);
  groupX = (await db.group.create({ data: { name: 'X' } })).id;
  groupY = (await db.group.create({ data: { name: 'Y' } })).id;
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

describe('updateDomain', () => {
  it('changes only the fields given, and groups as a whole list', async () => {
    await db.domain.update({ where: { id: a }, data: { notes: 'keep me' } });
    const result = await updateDomain(
      a,
      { tags: ['critical'], selectors: ['s1'], groups: [groupX, groupX] },
      SYSTEM_ACTOR,
      db,
    );
    expect(result).toEqual({ ok: true, joined: [groupX], left: [] });
    expect(await db.domain.findUniqueOrThrow({ where: { id: a } })).toMatchObject({
      tags: ['critical'],
      selectors: ['s1'],
      notes: 'keep me',
      parked: false,
    });
    expect(await updateDomain(a, { groups: [groupY] }, SYSTEM_ACTOR, db)).toEqual({
      ok: true,
      joined: [groupY],
      left: [groupX],
    });
    expect(await openGroups(a)).toEqual([groupY]);
  });

  it('refuses an unknown group without changing anything, and an unknown domain', async () => {
    expect(await updateDomain(a, { parked: true, groups: [missing] }, SYSTEM_ACTOR, db)).toEqual({
      ok: false,
      code: 'group_not_found',
    });
    expect((await db.domain.findUniqueOrThrow({ where: { id: a } })).parked).toBe(false);
    expect(await updateDomain(missing, { parked: true }, SYSTEM_ACTOR, db)).toEqual({
      ok: false,
      code: 'not_found',
    });
  });
});

describe('changeGroupMembers', () => {
  it('adds and removes from today, and a repeated call changes nothing', async () => {
    expect(await changeGroupMembers(groupX, { add: [a, b], remove: [] }, SYSTEM_ACTOR, db)).toEqual({
      ok: true,
      added: 2,
      removed: 0,
    });
    expect(await changeGroupMembers(groupX, { add: [a, b], remove: [] }, SYSTEM_ACTOR, db)).toEqual({
      ok: true,
      added: 0,
      removed: 0,
    });
    expect(await changeGroupMembers(groupX, { add: [], remove: [b, b] }, SYSTEM_ACTOR, db)).toEqual({
      ok: true,
      added: 0,
      removed: 1,
    });
    expect(await openGroups(a)).toEqual([groupX, groupY].sort());
    expect(await openGroups(b)).toEqual([]);
  });

  it('refuses unknown or archived domains to add, naming them, and an unknown group', async () => {
    const c = (
      await db.$transaction((tx) => registerDomain(tx, { ascii: 'c.writes.test', unicode: 'c.writes.test' }))
    ).id;
    expect(await archiveDomainById(c, SYSTEM_ACTOR, db)).toBe(true);
    expect(await archiveDomainById(c, SYSTEM_ACTOR, db)).toBe(false);
    expect(await changeGroupMembers(groupY, { add: [b, c, missing], remove: [] }, SYSTEM_ACTOR, db)).toEqual({
      ok: false,
      code: 'unknown_domains',
      ids: [c, missing],
    });
    expect(await openGroups(b)).toEqual([]);
    expect(await changeGroupMembers(missing, { add: [a], remove: [] }, SYSTEM_ACTOR, db)).toEqual({
      ok: false,
      code: 'not_found',
    });
  });
});
