import { Worker } from 'bullmq';
import type { Env } from '@/lib/env';
import { SCHEDULE_QUEUE } from '@/lib/jobs/run-group-schedule-job';
import { SCAN_QUEUE } from '@/lib/jobs/scan-domain-job';
import { closeQueues, scanQueue, scheduleQueue } from '@/lib/queue';
import { createRedisConnection } from '@/lib/redis';
import { reconcileScanRuns } from '@/lib/scans/reconcile-scan-runs';
import { createScanDns } from '@/lib/scans/scan-dns';
import { syncAllGroupSchedules } from '@/lib/schedules/sync-all-group-schedules';
import { handleRunGroupSchedule } from './jobs/run-group-schedule';
import { handleScanDomain } from './jobs/scan-domain';

export interface RunningWorkers {
  /** Takes no new jobs, lets the ones in flight finish, then closes connections. */
  close(): Promise<void>;
}

/**
 * The scan and schedule consumers of one worker process, and its reconciler: at start-up and every
 * KENSA_RECONCILE_INTERVAL_MS it re-syncs group schedulers and re-enqueues unfinished domain scans
 * whose job was lost. Every worker runs it; the repairs are idempotent, so several may overlap.
 */
export async function startWorkers(config: Env): Promise<RunningWorkers> {
  const dns = await createScanDns(config);
  const lock = { lockDuration: config.KENSA_JOB_LOCK_MS, stalledInterval: config.KENSA_JOB_LOCK_MS };
  const connections = [createRedisConnection(), createRedisConnection()] as const;
  const scan = new Worker(SCAN_QUEUE, (job) => handleScanDomain(job, dns), {
    connection: connections[0],
    concurrency: config.KENSA_SCAN_CONCURRENCY,
    ...lock,
  });
  const schedule = new Worker(SCHEDULE_QUEUE, handleRunGroupSchedule, {
    connection: connections[1],
    concurrency: 1,
    ...lock,
  });
  for (const [name, worker] of [
    ['scan', scan],
    ['schedule', schedule],
  ] as const) {
    worker.on('failed', (job, error) => console.error(`${name} job ${job?.id} failed: ${error.message}`));
    worker.on('error', (error) => console.error(`${name} worker error: ${error.message}`));
  }
  await Promise.all([scan.waitUntilReady(), schedule.waitUntilReady()]);

  const reconciler = startReconciler(config.KENSA_RECONCILE_INTERVAL_MS);
  return {
    async close() {
      await reconciler.stop();
      await Promise.all([scan.close(), schedule.close()]);
      for (const connection of connections) connection.disconnect(); // BullMQ leaves given ones open
      await closeQueues();
      dns.close();
    },
  };
}

function startReconciler(intervalMs: number): { stop(): Promise<void> } {
  let pass: Promise<void> = Promise.resolve();
  let busy = false;
  const tick = () => {
    // A pass waits through a Redis outage (its commands queue up); never start a second one meanwhile.
    if (busy) return;
    busy = true;
    pass = reconcileOnce().finally(() => {
      busy = false;
    });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await pass;
    },
  };
}

async function reconcileOnce(): Promise<void> {
  try {
    const schedules = await syncAllGroupSchedules(scheduleQueue());
    if (schedules.upserted + schedules.removed > 0)
      console.log(`schedules synced: ${schedules.upserted} upserted, ${schedules.removed} removed`);
    const runs = await reconcileScanRuns(scanQueue());
    if (runs.finished + runs.requeued > 0)
      console.log(`reconciled: ${runs.finished} runs finished, ${runs.requeued} domain scans re-enqueued`);
  } catch (error) {
    console.error(`reconcile failed, will retry: ${error instanceof Error ? error.message : String(error)}`);
  }
}
