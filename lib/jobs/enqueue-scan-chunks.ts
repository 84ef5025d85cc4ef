import type { Queue } from 'bullmq';
import { env } from '@/lib/env';
import { SCAN_CHUNK_JOB, scanChunkJobId, scanChunkJobOptions, scanChunkPayload } from './scan-chunk-job';

/**
 * Adds one scan job per chunk of a run. Job ids are derived from (run, chunk), so adding a job that
 * still exists is ignored by BullMQ: callers may enqueue again whenever in doubt.
 */
export async function enqueueScanChunks(
  queue: Queue,
  runId: string,
  chunks: readonly number[],
): Promise<void> {
  if (chunks.length === 0) return;
  const config = env();
  const opts = scanChunkJobOptions({
    attempts: config.KENSA_SCAN_ATTEMPTS,
    backoffMs: config.KENSA_SCAN_BACKOFF_MS,
  });
  await queue.addBulk(
    chunks.map((chunk) => {
      const data = scanChunkPayload.parse({ runId, chunk });
      return { name: SCAN_CHUNK_JOB, data, opts: { ...opts, jobId: scanChunkJobId(data) } };
    }),
  );
}
