/** What `run` answers when every slot is taken and the waiting line is full. */
export const BUSY = Symbol('busy');

export interface HashSlots {
  /** Runs `task` in a free slot, waiting in line for one; BUSY at once when the line is full. */
  tryRun<T>(task: () => Promise<T>): Promise<T | typeof BUSY>;
  /** Runs `task` in a free slot, waiting in line for one however long the line. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running now (for tests and logs). */
  inFlight(): number;
}

/**
 * Bounds password hashing in one process: at most `maxInFlight` Argon2id computations at once
 * (each holds 19 MiB and a thread-pool thread) and at most `maxWaiting` waiting for a slot, so a
 * flood of sign-ins costs bounded CPU and memory, and the excess is refused instead of queued.
 */
export function createHashSlots({
  maxInFlight,
  maxWaiting,
}: {
  maxInFlight: number;
  maxWaiting: number;
}): HashSlots {
  const line: Array<() => void> = [];
  let running = 0;
  const release = () => {
    const next = line.shift();
    if (next)
      next(); // the slot passes straight to the next in line
    else running--;
  };
  const runInSlot = async <T>(task: () => Promise<T>): Promise<T> => {
    if (running < maxInFlight) running++;
    else await new Promise<void>((resolve) => line.push(resolve));
    try {
      return await task();
    } finally {
      release();
    }
  };
  return {
    tryRun: async (task) => (running >= maxInFlight && line.length >= maxWaiting ? BUSY : runInSlot(task)),
    run: runInSlot,
    inFlight: () => running,
  };
}
