import { Queue } from 'bullmq';
import { SCAN_QUEUE } from '@/lib/jobs/scan-domain-job';
import { createRedisConnection } from '@/lib/redis';

const globalForQueue = globalThis as unknown as { kensaScanQueue?: Queue };

/** The producer side of the scan queue, one per process. */
export function scanQueue(): Queue {
  globalForQueue.kensaScanQueue ??= new Queue(SCAN_QUEUE, { connection: createRedisConnection() });
  return globalForQueue.kensaScanQueue;
}
