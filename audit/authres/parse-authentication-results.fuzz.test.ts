import { expect, it } from 'vitest';
import { z } from 'zod';
import { randomFor } from '@/testing/seeded-random';
import { AUTHRES_LIMITS } from './limits';
import { parseAuthenticationResults } from './parse-authentication-results';
import { REAL_WORLD, RFC8601_APPENDIX_B, UNREADABLE } from './testing/authres-corpus';

/**
 * Deterministic fuzz: mutations of a corpus of real-world-shaped fields (RFC 8601 Appendix B among
 * them), drawn from a seeded PRNG so every run tries the same inputs. Asserts the parser never
 * throws, answers each input quickly, and always answers in the documented shape within its bounds.
 */
const ITERATIONS = 200_000;
const SEED = 8601;
/**
 * Per input, for the slowest one timed again (best of 5, so a GC pause or the scheduler on a loaded
 * machine does not count): a parser that backtracks or goes quadratic takes seconds here.
 */
const MAX_MS_PER_INPUT = 100;

const keyword = z.string().regex(/^[a-z0-9_-]+$/);
const shape = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    field: z
      .object({
        authservId: z.string(),
        version: z.number().int().nonnegative().nullable(),
        none: z.boolean(),
        results: z
          .array(
            z
              .object({
                method: keyword,
                result: keyword,
                normalizedResult: keyword,
                reason: z.string().nullable(),
                properties: z
                  .array(z.object({ ptype: keyword, property: keyword, value: z.string() }).strict())
                  .max(AUTHRES_LIMITS.properties),
              })
              .strict(),
          )
          .max(AUTHRES_LIMITS.results),
      })
      .strict(),
  }),
  z.object({ ok: z.literal(false), error: z.string().min(1), authservId: z.string().nullable() }).strict(),
]);

const CORPUS: string[] = [
  ...Object.values(RFC8601_APPENDIX_B),
  ...Object.values(REAL_WORLD),
  ...Object.values(UNREADABLE),
];
const PIECES = [
  ';',
  '=',
  '(',
  ')',
  '.',
  '/',
  '"',
  '\\',
  ' ',
  '\t',
  '\r\n ',
  '\n',
  '@',
  'none',
  'hardfail',
  'reason=',
  'dkim',
  'smtp.mailfrom=',
  '例',
  '\u0000',
  '\uFFFD',
  '((((',
  '))))',
  '"""',
];

function mutate(random: () => number, input: string): string {
  const at = () => Math.floor(random() * (input.length + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  switch (Math.floor(random() * 7)) {
    case 0: {
      const i = at();
      return input.slice(0, i) + pick(PIECES) + input.slice(i);
    }
    case 1: {
      const i = at();
      return input.slice(0, i) + input.slice(i + 1 + Math.floor(random() * 8));
    }
    case 2: {
      const i = at();
      const j = Math.min(input.length, i + Math.floor(random() * 40));
      return input.slice(0, j) + input.slice(i, j).repeat(1 + Math.floor(random() * 50)) + input.slice(j);
    }
    case 3:
      return input.slice(0, at()) + pick(CORPUS).slice(Math.floor(random() * 40));
    case 4: {
      const i = at();
      return input.slice(0, i) + String.fromCharCode(Math.floor(random() * 0x3000)) + input.slice(i);
    }
    case 5:
      return pick(PIECES).repeat(Math.floor(random() * 3000));
    default:
      return input.toUpperCase();
  }
}

it(`parses ${ITERATIONS} mutated fields without throwing, quickly, in shape`, () => {
  const random = randomFor(SEED, 0);
  let slowest = { ms: 0, input: '' };
  let readable = 0;
  const started = performance.now();
  for (let i = 0; i < ITERATIONS; i++) {
    let input = CORPUS[i % CORPUS.length] ?? '';
    for (let rounds = 1 + Math.floor(random() * 4); rounds > 0; rounds--) input = mutate(random, input);
    const before = performance.now();
    const result = parseAuthenticationResults(input);
    const ms = performance.now() - before;
    if (ms > slowest.ms) slowest = { ms, input };
    const checked = shape.safeParse(result);
    if (!checked.success)
      expect.fail(`input ${JSON.stringify(input)} gave ${JSON.stringify(result)}: ${checked.error.message}`);
    if (result.ok) {
      readable++;
      if (result.field.none) expect(result.field.results).toEqual([]);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const retimed = Math.min(
    ...Array.from({ length: 5 }, () => {
      const before = performance.now();
      parseAuthenticationResults(slowest.input);
      return performance.now() - before;
    }),
  );
  console.log(
    `authres fuzz: ${ITERATIONS} inputs (${readable} readable) in ${seconds.toFixed(1)} s; slowest ${slowest.ms.toFixed(1)} ms, ${retimed.toFixed(2)} ms timed again (${slowest.input.length} chars)`,
  );
  expect(retimed).toBeLessThan(MAX_MS_PER_INPUT);
  expect(
    readable,
    'mutations should leave many fields readable, or the fuzz only tests errors',
  ).toBeGreaterThan(ITERATIONS / 20);
});
