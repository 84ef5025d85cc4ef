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
