import type { z } from 'zod';
import { ApiProblem } from './api-problem';

/**
 * Cursors are the last item's sort key, base64url-encoded JSON: opaque to clients (they may change
 * shape between versions) and validated on the way back in. A forged cursor can only move the
 * position in the list: it selects rows with the caller's filters like any other page.
 */
export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The key inside a cursor, or ApiProblem 400 `invalid_cursor` when it was not one of ours. */
export function decodeCursor<S extends z.ZodType>(schema: S, cursor: string | undefined): z.output<S> | null {
  if (cursor === undefined || cursor === '') return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    json = undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new ApiProblem(
      400,
      'invalid_cursor',
      'The cursor is not one this API returned; start again without it.',
    );
  return parsed.data;
}
