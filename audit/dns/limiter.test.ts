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
    const gaps = starts.slice(1).map((start, i) => start - (starts[i] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(9);
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
