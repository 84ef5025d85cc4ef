import { describe, expect, it } from 'vitest';
import { createLimiter } from './limiter';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createLimiter', () => {
  it('never runs more than maxInFlight tasks at once, and runs them all', async () => {
    const limiter = createLimiter({ maxInFlight: 3 });
    let running = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limiter.run(async () => {
          running++;
          peak = Math.max(peak, running);
          await sleep(2);
          running--;
          return i;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('spaces task starts evenly under maxPerSecond', async () => {
    const limiter = createLimiter({ maxInFlight: 100, maxPerSecond: 100 });
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, () => limiter.run(async () => starts.push(performance.now()))),
    );
    // The limiter spaces dispatches 10 ms apart; a task's own timestamp comes a microtask after its
    // dispatch, so a single gap can look shorter when one task ran late. What the cap guarantees is
    // that the k-th start comes at least k × 10 ms after the first (less the first task's lateness).
    const first = starts[0] ?? 0;
    for (const [k, start] of starts.entries()) expect(start - first).toBeGreaterThanOrEqual(k * 10 - 1);
  });

  it('passes a failing task on and keeps going', async () => {
    const limiter = createLimiter({ maxInFlight: 1 });
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(
      limiter.run(() => {
        throw new Error('sync boom');
      }),
    ).rejects.toThrow('sync boom');
    expect(await limiter.run(async () => 'next')).toBe('next');
  });
});
