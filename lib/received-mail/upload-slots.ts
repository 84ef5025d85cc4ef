/** Uploads one process reads at a time: each holds a database connection and a core's worth of CPU. */
export const MAX_CONCURRENT_UPLOADS = 2;

let busy = 0;

/**
 * Takes one of the process's upload slots: the release function, or null when all are taken (the
 * caller answers 429 and the client retries). Bounds the work uploads can pile onto one process,
 * beside the per-caller rate limit, which counts requests, not how long each runs.
 */
export function takeUploadSlot(): (() => void) | null {
  if (busy >= MAX_CONCURRENT_UPLOADS) return null;
  busy++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    busy--;
  };
}
