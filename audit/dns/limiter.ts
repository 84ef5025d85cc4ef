/**
 * Bounds the network queries of one client: at most `maxInFlight` at once (the client's window) and,
 * optionally, at most `maxPerSecond` started per second, spaced evenly. Tasks beyond either bound
 * wait in a FIFO queue. `acquire`/`release` are the hot path (no promise per query); `run` wraps
 * a promise-returning task for callers that have one.
 */
export interface LimiterOptions {
  maxInFlight: number;
  maxPerSecond?: number;
}

export interface Limiter {
  /** Calls `start` once a slot is free; whoever acquired must call `release()` exactly once. */
  acquire(start: () => void): void;
  release(): void;
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createLimiter({ maxInFlight, maxPerSecond }: LimiterOptions): Limiter {
  // A ring of waiting starts: Array#shift is O(n) at the window sizes a scan uses.
  let queue: Array<() => void> = [];
  let head = 0;
  const spacingMs = maxPerSecond ? 1000 / maxPerSecond : 0;
  let inFlight = 0;
  let nextStartAt = 0;
  let wakeUpScheduled = false;

  const pump = () => {
    while (inFlight < maxInFlight && head < queue.length) {
      if (spacingMs > 0) {
        const now = performance.now();
        if (now < nextStartAt) {
          if (!wakeUpScheduled) {
            wakeUpScheduled = true;
            setTimeout(() => {
              wakeUpScheduled = false;
              pump();
            }, nextStartAt - now);
          }
          return;
        }
        nextStartAt = Math.max(now, nextStartAt) + spacingMs;
      }
      inFlight++;
      const start = queue[head] as () => void;
      queue[head++] = noop;
      if (head === queue.length) {
        queue = [];
        head = 0;
      }
      start();
    }
  };

  const acquire = (start: () => void) => {
    queue.push(start);
    pump();
  };
  const release = () => {
    inFlight--;
    pump();
  };

  return {
    acquire,
    release,
    run<T>(task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        acquire(() => {
          Promise.resolve().then(task).then(resolve, reject).finally(release);
        });
      });
    },
  };
}

function noop(): void {}
