import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { BUSY, createHashSlots, type HashSlots } from './hash-slots';
import { verifyPassword } from './password';

/** Slots that also count, from inside each task, how many tasks run at once. */
function observed(slots: HashSlots) {
  const seen = { running: 0, peak: 0, ran: 0 };
  const wrap =
    <T>(task: () => Promise<T>) =>
    async () => {
      seen.running++;
      seen.ran++;
      seen.peak = Math.max(seen.peak, seen.running);
      try {
        return await task();
      } finally {
        seen.running--;
      }
    };
  const wrapped: HashSlots = {
    tryRun: (task) => slots.tryRun(wrap(task)),
    run: (task) => slots.run(wrap(task)),
    inFlight: slots.inFlight,
  };
  return { seen, slots: wrapped };
}

describe('hash slots', () => {
  it('never runs more real Argon2id verifications at once than the cap, and refuses past the line', async () => {
    const stored = await hash('correct horse battery staple');
    const { seen, slots } = observed(createHashSlots({ maxInFlight: 2, maxWaiting: 6 }));
    const verdicts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        verifyPassword(stored, i === 0 ? 'correct horse battery staple' : 'wrong', slots),
      ),
    );
    expect(seen.peak).toBe(2);
    // 2 run, 6 wait their turn, the other 12 are refused at once without hashing.
    expect(seen.ran).toBe(8);
    expect(verdicts.filter((v) => v === 'busy')).toHaveLength(12);
    expect(verdicts[0]).toBe(true);
    expect(verdicts.slice(1, 8)).toEqual(Array(7).fill(false));
    expect(slots.inFlight()).toBe(0);
  });

  it('hands each freed slot to the next in line, in order; `run` waits however long the line', async () => {
    const slots = createHashSlots({ maxInFlight: 1, maxWaiting: 1 });
    const order: number[] = [];
    const task = (n: number) => async () => {
      order.push(n);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return n;
    };
    const results = await Promise.all([
      slots.tryRun(task(1)),
      slots.tryRun(task(2)),
      slots.tryRun(task(3)),
      slots.run(task(4)),
    ]);
    expect(results).toEqual([1, 2, BUSY, 4]);
    expect(order).toEqual([1, 2, 4]);
  });

  it('frees the slot when a task throws', async () => {
    const slots = createHashSlots({ maxInFlight: 1, maxWaiting: 0 });
    await expect(slots.tryRun(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await slots.tryRun(async () => 'next')).toBe('next');
  });
});
