/**
 * For /api/v1 route tests: a scratch database that the routes (imported after this ran) reach
 * through DATABASE_URL, and an API token of each kind of caller the tests try.
 */
import { makeRoleTokens } from '@/lib/users/testing/user-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';

/** A route handler as Next calls it. */
export type RouteHandler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;

/** A viewer's read token, an editor's read-write one, and an admin's read and read-write ones. */
export type RoleTokens = Awaited<ReturnType<typeof makeRoleTokens>>;

/** Creates the database, points DATABASE_URL at it and makes the tokens there. */
export async function createRouteTestDatabase(
  prefix: string,
): Promise<{ scratch: ScratchDatabase; tokens: RoleTokens }> {
  const scratch = await createScratchDatabase(prefix);
  process.env.DATABASE_URL = scratch.url;
  return { scratch, tokens: await makeRoleTokens(scratch.db) };
}

/**
 * Calls `handler` for /api/v1`path` as Next would, with `token` as the bearer and `body` as JSON;
 * `id`, when given, is the route's [id]. Answers the status, the body as text and as JSON.
 */
export async function callWithToken(
  handler: RouteHandler,
  token: string,
  method: string,
  path: string,
  { body, id }: { body?: unknown; id?: string } = {},
) {
  const request = new Request(`http://kensa.test/api/v1${path}${id ? `/${id}` : ''}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve(id ? { id } : {}) });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null, text };
}
