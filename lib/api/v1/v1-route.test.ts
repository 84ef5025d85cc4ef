import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { systemViewer, viewerOfToken } from '@/lib/auth/viewer';
import { defineOperation } from './api-operation';
import type { ApiPrincipal } from './api-principal';
import { ApiProblem } from './api-problem';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:63800', {
  maxRetriesPerRequest: 1,
  enableOfflineQueue: false,
});
const keyPrefix = `kensa-test:v1-route:${randomUUID()}`;
let principal: ApiPrincipal;

vi.mock('./authenticate-request', () => ({ authenticateRequest: async () => principal }));
vi.mock('./rate-limit', async (original) => {
  const real = await original<typeof import('./rate-limit')>();
  return {
    ...real,
    takeRateLimit: (key: string) => real.takeRateLimit(key, Date.now(), { redis, limit: 3, keyPrefix }),
  };
});

const { v1Route } = await import('./v1-route');

const readOperation = defineOperation({
  method: 'GET',
  path: '/things/{id}',
  operationId: 'getThing',
  tag: 'Test',
  summary: 'test',
  access: 'read',
  params: z.object({ id: z.uuid() }),
  query: z.object({ limit: z.coerce.number().int().max(10).default(5) }),
  response: z.object({ id: z.string(), limit: z.number() }),
});
const writeOperation = defineOperation({
  method: 'POST',
  path: '/things',
  operationId: 'createThing',
  tag: 'Test',
  summary: 'test',
  access: 'write',
  status: 201,
  body: z.object({ name: z.string() }),
  response: z.object({ name: z.string() }),
});

const getThing = v1Route(readOperation, async ({ params, query }) => {
  if (params.id.startsWith('f')) throw new ApiProblem(404, 'not_found', 'Thing not found.');
  return { id: params.id, limit: query.limit, secret: 'not documented, not sent' } as never;
});
const createThing = v1Route(writeOperation, async ({ body }) => ({ name: body.name }));

const id = '01a2219d-72c9-730c-9d88-142ec624ae19';
const get = (thingId: string, search = '') =>
  getThing(new Request(`http://kensa.test/api/v1/things/${thingId}${search}`), {
    params: Promise.resolve({ id: thingId }),
  });
const post = (body: string, contentType = 'application/json', from: Record<string, string> = {}) =>
  createThing(
    new Request('http://kensa.test/api/v1/things', {
      method: 'POST',
      body,
      headers: { 'Content-Type': contentType, ...from },
    }),
    { params: Promise.resolve({}) },
  );

function tokenPrincipal(canWrite: boolean): ApiPrincipal {
  return {
    kind: 'token',
    tokenId: randomUUID(),
    tokenName: 't',
    userId: randomUUID(),
    userEmail: 'owner@tokens.test',
    scope: canWrite ? 'write' : 'read',
    canWrite,
    expiresAt: new Date(Date.now() + 86_400_000),
    viewer: systemViewer(),
  };
}

beforeEach(() => {
  principal = tokenPrincipal(true);
});

afterAll(async () => {
  const keys = await redis.keys(`${keyPrefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

describe('v1Route', () => {
  it('answers the documented fields only, with the rate-limit headers, never to be cached', async () => {
    const response = await get(id, '?limit=7');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id, limit: 7 });
    expect(response.headers.get('RateLimit-Limit')).toBe('3');
    expect(response.headers.get('RateLimit-Remaining')).toBe('2');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });

  it('answers 429 rate_limited with Retry-After once a caller is over the limit', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get(id)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await get(id);
    expect((await refused.json()).error.code).toBe('rate_limited');
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(refused.headers.get('RateLimit-Remaining')).toBe('0');
  });

  it('refuses writes to a read token with 403 forbidden', async () => {
    principal = tokenPrincipal(false);
    const response = await post('{"name":"x"}');
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('forbidden');
  });

  it('answers a write with its status, 400 invalid_json for bad JSON, 400 invalid_request for a bad body', async () => {
    expect((await post('{"name":"x"}')).status).toBe(201);
    const badJson = await post('{name');
    expect(badJson.status).toBe(400);
    expect((await badJson.json()).error.code).toBe('invalid_json');
    const badBody = await post('{"name":1}');
    expect(badBody.status).toBe(400);
    expect((await badBody.json()).error).toMatchObject({
      code: 'invalid_request',
      details: [{ path: ['name'] }],
    });
  });

  it('takes a token write in any content type, but a session write only as JSON (415 otherwise)', async () => {
    expect((await post('{"name":"x"}', 'text/plain')).status).toBe(201);
    principal = {
      kind: 'session',
      user: {
        id: randomUUID(),
        email: 'admin@kensa.test',
        name: null,
        role: 'admin',
        groupIds: null,
        mfaEnrolmentRequired: false,
      },
      canWrite: true,
      viewer: systemViewer(),
    };
    const form = await post('{"name":"x"}', 'text/plain');
    expect(form.status).toBe(415);
    expect((await form.json()).error.code).toBe('unsupported_media_type');
    expect((await post('{"name":"x"}', 'application/json; charset=utf-8')).status).toBe(201);
  });

  it('takes a session write only from this site (Origin, Sec-Fetch-Site); token writes from anywhere', async () => {
    const json = 'application/json';
    const evil = { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' };
    expect((await post('{"name":"x"}', json, evil)).status).toBe(201);
    // A fresh session per call: the test operation allows only 3 calls per caller a minute.
    const asSession = (from: Record<string, string>) => {
      principal = {
        kind: 'session',
        user: {
          id: randomUUID(),
          email: 'admin@kensa.test',
          name: null,
          role: 'admin',
          groupIds: null,
          mfaEnrolmentRequired: false,
        },
        canWrite: true,
        viewer: systemViewer(),
      };
      return post('{"name":"x"}', json, from);
    };
    const refusals: Array<Record<string, string>> = [
      evil,
      { Origin: 'https://evil.example' },
      { 'Sec-Fetch-Site': 'same-site' },
    ];
    for (const from of refusals) {
      const refused = await asSession(from);
      expect(refused.status).toBe(403);
      expect((await refused.json()).error.code).toBe('cross_origin');
    }
    expect((await asSession({ Origin: 'http://kensa.test', 'Sec-Fetch-Site': 'same-origin' })).status).toBe(
      201,
    );
    expect((await asSession({})).status).toBe(201);
  });

  it('lets only unscoped admins (or their tokens) call an admin operation; its writes need a read-write token', async () => {
    const adminOperation = (method: 'GET' | 'POST') =>
      v1Route(
        defineOperation({
          method,
          path: '/secrets',
          operationId: `secrets${method}`,
          tag: 'Test',
          summary: 'test',
          access: 'admin',
        }),
        async () => new Response(null, { status: 204 }),
      );
    const call = (
      method: 'GET' | 'POST',
      role: 'viewer' | 'editor' | 'admin',
      canWrite: boolean,
      groupIds: string[] | null = null,
    ) => {
      principal = { ...tokenPrincipal(canWrite), viewer: viewerOfToken(randomUUID(), role, groupIds) };
      return adminOperation(method)(new Request('http://kensa.test/api/v1/secrets', { method }), {
        params: Promise.resolve({}),
      });
    };
    expect((await call('GET', 'viewer', false)).status).toBe(403);
    expect((await call('POST', 'editor', true)).status).toBe(403);
    expect((await call('GET', 'admin', false)).status).toBe(204);
    expect((await call('POST', 'admin', false)).status).toBe(403);
    expect((await call('POST', 'admin', true)).status).toBe(204);
    expect((await call('GET', 'admin', true, [randomUUID()])).status).toBe(403);
  });

  it('answers 400 for a bad query, 404 for a malformed id as for an unknown one', async () => {
    expect((await (await get(id, '?limit=11')).json()).error.code).toBe('invalid_request');
    const malformed = await get('not-a-uuid');
    expect(malformed.status).toBe(404);
    expect((await malformed.json()).error.code).toBe('not_found');
    expect((await get('f1a2219d-72c9-730c-9d88-142ec624ae19')).status).toBe(404);
  });
});
