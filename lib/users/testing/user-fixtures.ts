/** For lib/users tests: accounts, sessions and tokens on a scratch database. */
import type { PrismaClient } from '@/generated/prisma/client';
import { createApiToken } from '@/lib/api-tokens/create-api-token';
import { actorOf } from '@/lib/audit-log/actor-of';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import type { Role } from '@/lib/auth/roles';
import { hashSessionToken, newSessionToken } from '@/lib/auth/session-token';

export const FIXTURE_PASSWORD = 'fixture-password-1';
/** Hashed once per test file, so fixtures do not spend a hash each. */
let fixtureHash: Promise<string> | undefined;

let counter = 0;

/** An active account whose password is FIXTURE_PASSWORD. */
export async function makeUser(db: PrismaClient, role: Role, name: string | null = null) {
  counter += 1;
  const email = `${role}-${counter}-${Date.now()}@users.test`;
  fixtureHash ??= hashPassword(FIXTURE_PASSWORD);
  const passwordHash = await fixtureHash;
  const user = await db.user.create({ data: { email, name, role, passwordHash }, select: { id: true } });
  const actor = actorOf({ id: user.id, email }, null);
  return { id: user.id, email, name, actor };
}

/** The id of the account with this e-mail when `password` is its password, else null. */
export async function passwordHolder(
  db: PrismaClient,
  email: string,
  password: string,
): Promise<string | null> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  return user && (await verifyPassword(user.passwordHash, password)) === true ? user.id : null;
}

/** Opens a session for the user directly in the database; returns the cookie value. */
export async function makeSession(db: PrismaClient, userId: string): Promise<string> {
  const token = newSessionToken();
  await db.session.create({
    data: { tokenHash: hashSessionToken(token), userId, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  return token;
}

/** A read-write API token of the user; returns the token itself. */
export async function makeToken(
  db: PrismaClient,
  user: { id: string; email: string },
  scope: 'read' | 'write' = 'write',
) {
  const actor = actorOf(user, null);
  return (await createApiToken({ name: `t${++counter}`, scope, expiresInDays: 30 }, actor, db)).token;
}

/** API tokens of each kind of caller an API test tries: a viewer's, an editor's, and an admin's read and read-write ones. */
export async function makeRoleTokens(db: PrismaClient) {
  const [viewer, editor, admin] = [
    await makeUser(db, 'viewer'),
    await makeUser(db, 'editor'),
    await makeUser(db, 'admin'),
  ];
  return {
    viewer: await makeToken(db, viewer, 'read'),
    editor: await makeToken(db, editor, 'write'),
    adminRead: await makeToken(db, admin, 'read'),
    admin: await makeToken(db, admin, 'write'),
  };
}
