import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { ALERT_QUEUE } from '@/lib/alerts/alert-jobs';
import { MAILBOX_QUEUE } from '@/lib/jobs/pull-mailbox-job';
import { MAINTENANCE_QUEUE } from '@/lib/jobs/purge-audit-events-job';
import { SCHEDULE_QUEUE } from '@/lib/jobs/run-group-schedule-job';
import { SCAN_QUEUE } from '@/lib/jobs/scan-chunk-job';
import { createRedisConnection } from '@/lib/redis';

const globalForQueue = globalThis as unknown as { kensaQueues?: Map<string, { queue: Queue; redis: Redis }> };

/**
 * One producer per queue name per process. A Queue emits 'error' while Redis is unreachable; without
 * a listener Node would treat that as fatal, so it is logged and the client keeps reconnecting.
 */
function sharedQueue(name: string): Queue {
  globalForQueue.kensaQueues ??= new Map();
  let entry = globalForQueue.kensaQueues.get(name);
  if (!entry) {
    const redis = createRedisConnection();
    const queue = new Queue(name, { connection: redis });
    queue.on('error', (error) => console.error(`queue "${name}": ${error.message}`));
    entry = { queue, redis };
    globalForQueue.kensaQueues.set(name, entry);
  }
  return entry.queue;
}

/** The producer side of the scan queue (one job per chunk of a run). */
export function scanQueue(): Queue {
  return sharedQueue(SCAN_QUEUE);
}

/** The queue the group schedulers fire into. */
export function scheduleQueue(): Queue {
  return sharedQueue(SCHEDULE_QUEUE);
}

/** The alerts queue: run evaluations, deliveries and digest firings. */
export function alertQueue(): Queue {
  return sharedQueue(ALERT_QUEUE);
}

/** The maintenance queue: the audit log purge's daily firings. */
export function maintenanceQueue(): Queue {
  return sharedQueue(MAINTENANCE_QUEUE);
}

/** The mailbox queue: each mailbox account's scheduled IMAP pulls. */
export function mailboxQueue(): Queue {
  return sharedQueue(MAILBOX_QUEUE);
}

/** Closes this process's producers (worker shutdown, tests). */
export async function closeQueues(): Promise<void> {
  const entries = [...(globalForQueue.kensaQueues?.values() ?? [])];
  globalForQueue.kensaQueues?.clear();
  // BullMQ leaves a connection it was given open on close(): ours are ended here.
  await Promise.all(entries.map(({ queue }) => queue.close()));
  for (const { redis } of entries) redis.disconnect();
}
