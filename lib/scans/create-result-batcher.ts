import { type RecordedBatch, recordScanResults, type ScanResult } from './record-scan-results';

export interface ResultBatcher {
  /** Queues a result; a full batch is written (in the background, one batch at a time). */
  add(result: ScanResult): void;
  /** Writes what is left and waits for every write; rejects with the first write's error. */
  close(): Promise<RecordedBatch>;
}

/**
 * Collects one chunk's results and stores them `size` at a time with recordScanResults, so audits go
 * on while a batch is written and a run's progress moves once per batch. Batches of one collector are
 * written in order, one after another; after a failed write the rest are not attempted (the items stay
 * unfinished and the chunk's retry claims them again).
 */
export function createResultBatcher(runId: string, size: number): ResultBatcher {
  let pending: ScanResult[] = [];
  let writes: Promise<void> = Promise.resolve();
  let failure: unknown;
  const total: RecordedBatch = { stored: 0, settled: false };
  const flush = () => {
    const batch = pending;
    pending = [];
    writes = writes.then(async () => {
      if (failure !== undefined) return;
      try {
        const recorded = await recordScanResults(runId, batch);
        total.stored += recorded.stored;
        total.settled ||= recorded.settled;
      } catch (error) {
        failure = error;
      }
    });
  };
  return {
    add(result) {
      pending.push(result);
      if (pending.length >= size) flush();
    },
    async close() {
      if (pending.length > 0) flush();
      await writes;
      if (failure !== undefined) throw failure;
      return total;
    },
  };
}
