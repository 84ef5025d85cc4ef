import { afterAll, beforeAll, expect, it } from 'vitest';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { tableDigest } from './table-digest';

/** The authorization matrices trust this fingerprint to say a refused call wrote nothing. */
let scratch: ScratchDatabase;
let digest: () => Promise<string>;

beforeAll(async () => {
  scratch = await createScratchDatabase('table_digest');
  digest = await tableDigest(scratch.db);
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

it('changes with every committed insert, update, delete and truncate, and only with those', async () => {
  const db = scratch.db;
  const seen = [await digest()];
  const step = async (write: () => Promise<unknown>) => {
    await write();
    seen.push(await digest());
  };
  await db.group.findMany();
  expect(await digest(), 'a read').toBe(seen[0]);
  const { id } = await db.group.create({ data: { name: 'digest' } });
  seen.push(await digest());
  await step(() => db.group.update({ where: { id }, data: { name: 'digest' } }));
  await step(() => db.group.delete({ where: { id } }));
  await step(() => db.$executeRawUnsafe('TRUNCATE groups CASCADE'));
  expect(new Set(seen).size, 'each write a new fingerprint').toBe(seen.length);
  await expect(
    db.$transaction(async (tx) => {
      await tx.group.create({ data: { name: 'rolled back' } });
      throw new Error('refused');
    }),
  ).rejects.toThrow('refused');
  expect(await digest(), 'a write rolled back').toBe(seen.at(-1));
  await db.session.deleteMany();
  expect(await digest(), 'sessions are left out').toBe(seen.at(-1));
});
