/**
 * Every server action in lib/actions, as the files export them (not as a list kept by hand): each is
 * made with defineAction, whose role must be the one testing/action-expectations.ts gives it, or is
 * one of the public actions listed there. The role gate is then tried for real — signed out, disabled
 * and deleted users are sent to sign in, a role below the action's to '/?error=forbidden' — and each
 * action's call on another group's things must change nothing for a caller limited to a group. Add a
 * row to action-expectations.ts for a new action (the test fails until there is one).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { getURLFromRedirectError } from 'next/dist/client/components/redirect';
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { ROLES, type Role } from '@/lib/auth/roles';
import { closeQueues } from '@/lib/queue';
import type { Principal, PrincipalName } from '@/testing/authz/principals';
import { inRequest } from '@/testing/authz/request-scope';
import { tableDigest } from '@/testing/authz/table-digest';
import { createWorld, type World } from '@/testing/authz/world';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { ACTION_EXPECTATIONS, PUBLIC_ACTIONS } from './testing/action-expectations';

vi.mock('next/headers', () => import('@/testing/authz/request-scope'));

type Action = ((...args: unknown[]) => Promise<unknown>) & { role?: Role };

const ACTIONS_DIR = fileURLToPath(new URL('.', import.meta.url));
/** Scheduler and scan jobs go to a Redis database of their own, emptied at the end. */
const REDIS_DB = 10;
let scratch: ScratchDatabase;
let world: World;
let digest: () => Promise<string>;
let actions: Record<string, Action>;

beforeAll(async () => {
  const redisUrl = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:63800');
  redisUrl.pathname = `/${REDIS_DB}`;
  process.env.REDIS_URL = redisUrl.toString();
  scratch = await createScratchDatabase('authz_actions');
  (globalThis as { kensaPrisma?: PrismaClient }).kensaPrisma = scratch.db;
  world = await createWorld(scratch.db);
  digest = await tableDigest(scratch.db);
  actions = await exportedActions();
}, 120_000);

afterAll(async () => {
  await closeQueues();
  const redis = new Redis(process.env.REDIS_URL ?? '');
  await redis.flushdb();
  redis.disconnect();
  await scratch?.drop();
});

/** Every function exported by a file of lib/actions (define-action.ts makes them, it is none). */
async function exportedActions(): Promise<Record<string, Action>> {
  const files = readdirSync(ACTIONS_DIR).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'define-action.ts',
  );
  const found: Record<string, Action> = {};
  for (const file of files) {
    const module = (await import(`${ACTIONS_DIR}${file}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      // A 'use server' file may export only actions.
      if (typeof value !== 'function') throw new Error(`${file} exports ${name}, which is not an action`);
      found[name] = value as Action;
    }
  }
  return found;
}

/** Calls the action as `principal` would post to it: where it redirected, or that it answered. */
async function call(action: Action, principal: Principal, args: unknown[]): Promise<string> {
  const request = new Request('http://kensa.test/', { method: 'POST', headers: principal.headers });
  try {
    await inRequest(request, () => action(...args));
    return 'ran';
  } catch (error) {
    // Sent away by the gate; any other redirect (or revalidatePath, which has no cache to clear
    // outside Next's server) comes after the action ran.
    const to = isRedirectError(error) ? getURLFromRedirectError(error) : null;
    return to === '/login' || to === '/?error=forbidden' ? `redirect ${to}` : 'ran';
  }
}

const SESSION_OF_ROLE: Record<Role, PrincipalName> = { viewer: 'viewer', editor: 'editor', admin: 'admin' };
const SCOPED_OF_ROLE: Record<Role, PrincipalName> = {
  viewer: 'scopedViewer',
  editor: 'scopedEditor',
  admin: 'scopedEditor',
};

describe('server actions', () => {
  it('are each made with defineAction with the expected role, or listed as public', () => {
    const have = Object.fromEntries(
      Object.entries(actions).map(([name, action]) => [name, action.role ?? 'public (no defineAction)']),
    );
    const want = {
      ...Object.fromEntries(Object.keys(PUBLIC_ACTIONS).map((name) => [name, 'public (no defineAction)'])),
      ...Object.fromEntries(Object.entries(ACTION_EXPECTATIONS).map(([name, row]) => [name, row.role])),
    };
    expect(have).toEqual(want);
  });

  it('send signed-out, disabled and deleted callers to sign in, and lesser roles away', async () => {
    const have: Record<string, string> = {};
    const want: Record<string, string> = {};
    for (const [name, { role, outOfScope }] of Object.entries(ACTION_EXPECTATIONS)) {
      const action = actions[name];
      if (!action) continue;
      const args = outOfScope ? await outOfScope(world) : [];
      for (const who of ['anonymous', 'disabledUser', 'deletedUser'] as const) {
        want[`${name} ${who}`] = 'redirect /login';
        have[`${name} ${who}`] = await call(action, world.principals[who], args);
      }
      const below = ROLES[ROLES.indexOf(role) - 1];
      if (below) {
        want[`${name} ${below}`] = 'redirect /?error=forbidden';
        have[`${name} ${below}`] = await call(action, world.principals[SESSION_OF_ROLE[below]], args);
      }
    }
    expect(have).toEqual(want);
  });

  it("change nothing of another group's for a caller limited to a group", async () => {
    const have: Record<string, string> = {};
    const want: Record<string, string> = {};
    for (const [name, { role, outOfScope }] of Object.entries(ACTION_EXPECTATIONS)) {
      const action = actions[name];
      if (!action || !outOfScope) continue;
      const cases = [
        [SCOPED_OF_ROLE[role], 'unchanged'],
        [SESSION_OF_ROLE[role], 'changed'],
      ] as const;
      for (const [who, expected] of cases) {
        const args = await outOfScope(world);
        const before = await digest();
        const outcome = await call(action, world.principals[who], args);
        want[`${name} ${who}`] = `ran ${expected}`;
        have[`${name} ${who}`] = `${outcome} ${(await digest()) === before ? 'unchanged' : 'changed'}`;
      }
    }
    expect(have).toEqual(want);
  });
});
