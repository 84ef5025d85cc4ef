import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiProblem } from './api-problem';
import { decodeCursor, encodeCursor } from './page-cursor';

const key = z.object({ after: z.string().min(1).max(253) });

function problemOf(run: () => unknown): ApiProblem | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof ApiProblem ? error : null;
  }
}

describe('page cursors', () => {
  it('round-trip the last sort key as an opaque URL-safe string', () => {
    const cursor = encodeCursor({ after: 'xn--wgv71a.jp' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(key, cursor)).toEqual({ after: 'xn--wgv71a.jp' });
  });

  it('treat an absent or empty cursor as the first page', () => {
    expect(decodeCursor(key, undefined)).toBeNull();
    expect(decodeCursor(key, '')).toBeNull();
  });

  it.each([
    ['not base64 JSON', 'zzz'],
    ['JSON of another shape', encodeCursor({ createdAt: '2026-11-28T00:00:00Z' })],
    ['a value out of range', encodeCursor({ after: 'x'.repeat(300) })],
    ['a cursor cut short', encodeCursor({ after: 'a.test' }).slice(0, -3)],
    ['JSON null', encodeCursor(null)],
  ])('refuse a tampered cursor (%s) with 400 invalid_cursor', (_, cursor) => {
    const problem = problemOf(() => decodeCursor(key, cursor));
    expect(problem).toMatchObject({ status: 400, code: 'invalid_cursor' });
  });
});
