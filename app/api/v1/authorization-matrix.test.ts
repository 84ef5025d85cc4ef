/**
 * Every /api/v1 operation × every kind of caller (testing/authz/principals.ts): the real route
 * handler of app/api/v1/**\/route.ts is called with a real Request whose session cookie or API token
 * exists in a scratch database, and the answer is checked against the operation's row in
 * testing/operation-expectations.ts — 401 for callers without valid credentials, 403 for writes
 * without write access, success otherwise; for callers limited to a group, 404 (or the row's status)
 * for another group's things and lists without them. A refused call must leave the database exactly
 * as it was. The operations come from ALL_OPERATIONS, so a new one without a row fails here: add its
 * row (and a new kind of caller to principals.ts) to extend the matrix.
 */
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { ALL_OPERATIONS } from '@/lib/api/v1/all-operations';
import type { ApiOperation } from '@/lib/api/v1/api-operation';
import { closeQueues } from '@/lib/queue';
import { PRINCIPAL_NAMES, type Principal } from '@/testing/authz/principals';
import { inRequest } from '@/testing/authz/request-scope';
import { tableDigest } from '@/testing/authz/table-digest';
import { createWorld, SIDES, type Side, type World } from '@/testing/authz/world';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import {
  type Call,
  OPERATION_EXPECTATIONS,
  type OperationExpectation,
} from './testing/operation-expectations';

vi.mock('next/headers', () => import('@/testing/authz/request-scope'));

/** Scan jobs and rate-limit counters go to a Redis database of their own, emptied at the end. */
const REDIS_DB = 9;
let scratch: ScratchDatabase;
let world: World;
let digest: () => Promise<string>;

beforeAll(async () => {
  const redisUrl = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:63800');
  redisUrl.pathname = `/${REDIS_DB}`;
  process.env.REDIS_URL = redisUrl.toString();
  scratch = await createScratchDatabase('authz_matrix');
  (globalThis as { kensaPrisma?: PrismaClient }).kensaPrisma = scratch.db;
  world = await createWorld(scratch.db);
  digest = await tableDigest(scratch.db);
}, 120_000);

afterAll(async () => {
  await closeQueues();
  const limiter = (globalThis as { kensaRateLimitRedis?: Redis }).kensaRateLimitRedis;
  limiter?.disconnect();
  const redis = new Redis(process.env.REDIS_URL ?? '');
  await redis.flushdb();
  redis.disconnect();
  await scratch?.drop();
});

type Handler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;

/** The route module of an operation, where operations-match-routes.test.ts finds it. */
async function handlerOf(operation: ApiOperation): Promise<Handler> {
  const folder = operation.path.slice(1).replace(/\{(\w+)\}/g, '[$1]');
  const module = (await import(fileURLToPath(new URL(`./${folder}/route.ts`, import.meta.url)))) as Record<
    string,
    Handler
  >;
  const handler = module[operation.method];
  if (!handler) throw new Error(`${operation.method} ${operation.path}: the route exports no handler`);
  return handler;
}

async function send(operation: ApiOperation, principal: Principal, call: Call) {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => call.params?.[name] ?? '');
  const url = new URL(`http://kensa.test/api/v1${path}`);
  for (const [name, value] of Object.entries(call.query ?? {})) url.searchParams.set(name, value);
  const headers: Record<string, string> = { ...principal.headers };
  if (call.body !== undefined) headers['content-type'] = 'application/json';
  const request = new Request(url, {
    method: operation.method,
    headers,
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  const handler = await handlerOf(operation);
  const response = await inRequest(request, () =>
    handler(request, { params: Promise.resolve(call.params ?? {}) }),
  );
  return { status: response.status, body: await response.text() };
}

/** Whether an answer shows side b: by the row's own test, else by naming any id of side b. */
function reveals(expectation: OperationExpectation, body: string): boolean {
  if (expectation.reveals) return expectation.reveals(body, world);
  const { groupName: _name, ...b } = world.sides.b;
  return Object.values(b).some((value) => body.includes(value));
}

/** What `principal` should get for the call on `side`, as the test writes outcomes. */
function wanted(
  operation: ApiOperation,
  expectation: OperationExpectation,
  principal: Principal,
  side: Side,
) {
  const grant = principal.grant;
  const success = String(operation.status ?? 200);
  if (!grant) return '401 unchanged';
  const writes =
    expectation.access === 'write' || (expectation.access === 'admin' && operation.method !== 'GET');
  if (writes && !grant.write) return '403 unchanged';
  if (expectation.access === 'admin' && grant.role !== 'admin') return '403 unchanged';
  const outcome = !grant.scoped
    ? success
    : side === 'a' || expectation.outOfScope === 'same'
      ? (expectation.inScope ?? success)
      : expectation.outOfScope;
  if (outcome === 'hidden') return `${success} hidden`;
  if (expectation.outOfScope === 'hidden' && side === 'b') return `${success} shows b`;
  return Number(outcome) >= 400 ? `${outcome} unchanged` : String(outcome);
}

/** What it got: the status, whether a list showed side b, whether a refusal changed anything. */
async function got(
  operation: ApiOperation,
  expectation: OperationExpectation,
  principal: Principal,
  call: Call,
  side: Side,
) {
  const before = await digest();
  const { status, body } = await send(operation, principal, call);
  if (status >= 400) return `${status} ${(await digest()) === before ? 'unchanged' : 'CHANGED'}`;
  if (expectation.outOfScope === 'hidden' && side === 'b')
    return `${status} ${reveals(expectation, body) ? 'shows b' : 'hidden'}`;
  return String(status);
}

describe('/api/v1 authorization matrix', () => {
  it('has an expectation for every operation, and none for an operation that does not exist', () => {
    const ids = ALL_OPERATIONS.map((operation) => operation.operationId);
    expect(
      ids.filter((id) => !(id in OPERATION_EXPECTATIONS)),
      'operations without a row',
    ).toEqual([]);
    expect(
      Object.keys(OPERATION_EXPECTATIONS).filter((id) => !ids.includes(id)),
      'rows without an operation',
    ).toEqual([]);
  });

  for (const operation of ALL_OPERATIONS) {
    const expectation = OPERATION_EXPECTATIONS[operation.operationId];
    it.skipIf(!expectation)(`${operation.operationId}: ${operation.method} ${operation.path}`, async () => {
      if (!expectation) return;
      const want: Record<string, string> = {};
      const have: Record<string, string> = {};
      for (const name of PRINCIPAL_NAMES) {
        const principal = world.principals[name];
        for (const side of SIDES) {
          const call = await expectation.call(world, side);
          want[`${name} ${side}`] = wanted(operation, expectation, principal, side);
          have[`${name} ${side}`] = await got(operation, expectation, principal, call, side);
        }
        if (!principal.grant?.scoped) continue;
        for (const crossing of expectation.crossings ?? []) {
          const key = `${name} crossing ${crossing.name}`;
          const refused = principal.grant.write || expectation.access === 'read' ? crossing : null;
          const before = await digest();
          const { status, body } = await send(operation, principal, await crossing.call(world));
          const code = status >= 400 ? (JSON.parse(body) as { error: { code: string } }).error.code : '';
          want[key] = refused ? `${refused.status} ${refused.code} unchanged` : '403 forbidden unchanged';
          have[key] = `${status} ${code} ${(await digest()) === before ? 'unchanged' : 'CHANGED'}`;
        }
      }
      expect(have).toEqual(want);
    });
  }
});
