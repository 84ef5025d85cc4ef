/**
 * Bounds the network queries of one client: at most `maxInFlight` at once (past ~200 in flight per
 * socket the receive buffer drops replies) and, optionally, at most `maxPerSecond` started per second,
 * spaced evenly. Tasks beyond either bound wait in a FIFO queue.
 */
export interface LimiterOptions {
  maxInFlight: number;
  maxPerSecond?: number;
}

export interface Limiter {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createLimiter({ maxInFlight, maxPerSecond }: LimiterOptions): Limiter {
  const queue: Array<() => void> = [];
  const spacingMs = maxPerSecond ? 1000 / maxPerSecond : 0;
  let inFlight = 0;
  let nextStartAt = 0;
  let wakeUpScheduled = false;

  const pump = () => {
    while (inFlight < maxInFlight && queue.length > 0) {
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
      inFlight++;
      queue.shift()?.();
    }
  };

  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push(() => {
          Promise.resolve()
            .then(task)
            .then(resolve, reject)
            .finally(() => {
              inFlight--;
              pump();
            });
        });
        pump();
      });
    },
  };
}
