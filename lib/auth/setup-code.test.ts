import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { createFirstAdminUser } from './create-first-admin-user';
import { normalizeCrockfordCode } from './crockford-code';
import { issueSetupCode, setupCodeMatches } from './setup-code';

let scratch: ScratchDatabase;
let db: PrismaClient;

beforeAll(async () => {
  scratch = await createScratchDatabase('setup_code');
  db = scratch.db;
}, 120_000);

afterAll(async () => {
  await scratch?.drop();
});

const admin = (setupCode: string, password = 'correct horse battery staple') => ({
  name: 'First Admin',
  email: 'first@kensa.test',
  password,
  setupCode,
  clientAddress: '192.0.2.9',
});

describe('the first-run setup code', () => {
  it('is 80 random bits in Crockford base32, stored only as a digest, one per web process start', async () => {
    const [first, second] = [await issueSetupCode(db), await issueSetupCode(db)];
    expect(first).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(second).not.toBe(first);
    const stored = await db.setupCode.findMany();
    expect(stored).toHaveLength(2);
    expect(JSON.stringify(stored)).not.toContain(normalizeCrockfordCode(first ?? ''));
    // Either process's code works, typed any which way.
    expect(await setupCodeMatches(first ?? '', db)).toBe(true);
    expect(await setupCodeMatches((second ?? '').toLowerCase().replaceAll('-', ' '), db)).toBe(true);
    expect(await setupCodeMatches('0000-0000-0000-0000', db)).toBe(false);
    expect(await setupCodeMatches('', db)).toBe(false);
  });

  it('without the code, nobody becomes the first admin; a weak password is refused with its reason', async () => {
    const code = (await issueSetupCode(db)) ?? '';
    expect(await createFirstAdminUser(admin('WRONG-CODE'), db)).toEqual({ ok: false, code: 'bad-code' });
    expect(await createFirstAdminUser(admin(code, 'password1234'), db)).toEqual({
      ok: false,
      code: 'weak-password',
      reason: 'common',
    });
    expect(await createFirstAdminUser(admin(code, 'short'), db)).toMatchObject({ reason: 'too-short' });
    expect(await db.user.count()).toBe(0);
  });

  it('opens /setup once: the admin is created, logged, and every code is gone', async () => {
    const code = (await issueSetupCode(db)) ?? '';
    const created = await createFirstAdminUser(admin(code), db);
    expect(created).toMatchObject({ ok: true });
    expect(await db.user.findFirst({ select: { email: true, role: true } })).toEqual({
      email: 'first@kensa.test',
      role: 'admin',
    });
    expect(await db.setupCode.count()).toBe(0);
    expect(await db.auditEvent.findFirst({ where: { action: 'user.create-first-admin' } })).toMatchObject({
      actorLabel: 'first@kensa.test',
      clientAddress: '192.0.2.9',
    });
    expect(await createFirstAdminUser(admin(code), db)).toEqual({ ok: false, code: 'exists' });
    // Once an account exists, a start issues no code, and clears any left over.
    await db.setupCode.create({ data: { codeHash: 'left-over' } });
    expect(await issueSetupCode(db)).toBeNull();
    expect(await db.setupCode.count()).toBe(0);
  });
});
