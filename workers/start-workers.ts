import { Worker } from 'bullmq';
import { createLimiter } from '@/audit/dns/limiter';
import { ALERT_QUEUE, type DeliveryRetry } from '@/lib/alerts/alert-jobs';
import { alertSettings } from '@/lib/alerts/alert-settings';
import { sweepAlerts } from '@/lib/alerts/sweep-alerts';
import { syncDigestSchedulers } from '@/lib/alerts/sync-digest-schedulers';
import { syncAuditPurgeScheduler } from '@/lib/audit-log/sync-audit-purge-scheduler';
import { purgeEndedSessions } from '@/lib/auth/purge-ended-sessions';
import { reconcileCompliance } from '@/lib/compliance/reconcile-compliance';
import { reconcileComplianceExceptions } from '@/lib/compliance/reconcile-compliance-exceptions';
import { prisma } from '@/lib/db';
import type { Env } from '@/lib/env';
import { MAILBOX_QUEUE } from '@/lib/jobs/pull-mailbox-job';
import { MAINTENANCE_QUEUE } from '@/lib/jobs/purge-audit-events-job';
import { SCHEDULE_QUEUE } from '@/lib/jobs/run-group-schedule-job';
import { SCAN_QUEUE } from '@/lib/jobs/scan-chunk-job';
import { syncMailboxPullSchedulers } from '@/lib/mailboxes/sync-mailbox-pull-schedulers';
import {
  alertQueue,
  closeQueues,
  mailboxQueue,
  maintenanceQueue,
  scanQueue,
  scheduleQueue,
} from '@/lib/queue';
import { syncMailDigestPurgeScheduler } from '@/lib/received-mail/sync-mail-digest-purge-scheduler';
import { createRedisConnection } from '@/lib/redis';
import { reconcileScanRuns } from '@/lib/scans/reconcile-scan-runs';
import { createScanDns } from '@/lib/scans/scan-dns';
import { scanHttpsFetcher } from '@/lib/scans/scan-https';
import { createScanTransport } from '@/lib/scans/scan-transport-options';
import { syncAllGroupSchedules } from '@/lib/schedules/sync-all-group-schedules';
import { alertJobProcessor } from './jobs/alert-job';
import { maintenanceJobProcessor } from './jobs/maintenance';
import { mailboxJobProcessor } from './jobs/pull-mailbox';
import { handleRunGroupSchedule } from './jobs/run-group-schedule';
import { handleScanChunk } from './jobs/scan-chunk';

export interface RunningWorkers {
  /** Takes no new jobs, lets the ones in flight finish, then closes connections. */
  close(): Promise<void>;
}

/** Mailbox pulls mostly wait on IMAP servers; two accounts are pulled at once. */
const MAILBOX_CONCURRENCY = 2;
/** Alert jobs are short database reads and one mail or HTTP call each. */
const ALERT_CONCURRENCY = 4;
/**
 * Chunk jobs one process holds at once: while one chunk's batch is being written, the other's
 * audits keep the DNS busy. The audits themselves are bounded by KENSA_SCAN_CONCURRENCY.
 */
const SCAN_CHUNKS_IN_FLIGHT = 2;

/**
 * The scan, schedule, alerts, maintenance and mailbox consumers of one worker process, and its reconciler:
 * at start-up and every KENSA_RECONCILE_INTERVAL_MS it re-syncs group schedulers and the daily
 * schedulers (digests, audit log purge, mailbox pulls), re-enqueues chunks of unfinished runs whose job was lost,
 * offers recent runs and pending deliveries to the alerts queue again, notices compliance exceptions
 * that expired (no scan needed) and deletes ended sessions.
 * Every worker runs it; the repairs are idempotent, so several may overlap.
 */
export async function startWorkers(config: Env): Promise<RunningWorkers> {
  const dns = await createScanDns(config);
  const transport = await createScanTransport(config);
  const lock = { lockDuration: config.KENSA_JOB_LOCK_MS, stalledInterval: config.KENSA_JOB_LOCK_MS };
  const connections = [
    createRedisConnection(),
    createRedisConnection(),
    createRedisConnection(),
    createRedisConnection(),
    createRedisConnection(),
  ] as const;
  const alerts = alertSettings(config);
  const scanDeps = {
    resolverFor: dns.resolverFor,
    transportFor: transport.optionsFor,
    audits: createLimiter({ maxInFlight: config.KENSA_SCAN_CONCURRENCY }),
    batchSize: config.KENSA_SCAN_BATCH,
    https: scanHttpsFetcher(config),
  };
  const scan = new Worker(SCAN_QUEUE, (job) => handleScanChunk(job, scanDeps), {
    connection: connections[0],
    concurrency: SCAN_CHUNKS_IN_FLIGHT,
    ...lock,
  });
  const schedule = new Worker(SCHEDULE_QUEUE, handleRunGroupSchedule, {
    connection: connections[1],
    concurrency: 1,
    ...lock,
  });
  const alert = new Worker(
    ALERT_QUEUE,
    alertJobProcessor({ db: prisma, queue: alertQueue(), settings: alerts }),
    {
      connection: connections[2],
      concurrency: ALERT_CONCURRENCY,
      ...lock,
    },
  );
  const maintenance = new Worker(
    MAINTENANCE_QUEUE,
    maintenanceJobProcessor({
      db: prisma,
      retentionDays: config.KENSA_AUDIT_RETENTION_DAYS,
      mailDigestRetentionDays: config.KENSA_MAIL_DIGEST_RETENTION_DAYS,
      timeZone: config.KENSA_TIME_ZONE,
    }),
    { connection: connections[3], concurrency: 1, ...lock },
  );
  const mailbox = new Worker(MAILBOX_QUEUE, mailboxJobProcessor({ db: prisma }), {
    connection: connections[4],
    concurrency: MAILBOX_CONCURRENCY,
    ...lock,
  });
  for (const [name, worker] of [
    ['scan', scan],
    ['schedule', schedule],
    ['alerts', alert],
    ['maintenance', maintenance],
    ['mailbox', mailbox],
  ] as const) {
    worker.on('failed', (job, error) => console.error(`${name} job ${job?.id} failed: ${error.message}`));
    worker.on('error', (error) => console.error(`${name} worker error: ${error.message}`));
  }
  await Promise.all([scan, schedule, alert, maintenance, mailbox].map((worker) => worker.waitUntilReady()));

  const reconciler = startReconciler(
    config.KENSA_RECONCILE_INTERVAL_MS,
    config.KENSA_TIME_ZONE,
    alerts.retry,
  );
  return {
    async close() {
      await reconciler.stop();
      await Promise.all([scan, schedule, alert, maintenance, mailbox].map((worker) => worker.close()));
      for (const connection of connections) connection.disconnect(); // BullMQ leaves given ones open
      await closeQueues();
      dns.close();
      transport.close();
    },
  };
}

function startReconciler(
  intervalMs: number,
  timeZone: string,
  alertRetry: DeliveryRetry,
): { stop(): Promise<void> } {
  let pass: Promise<void> = Promise.resolve();
  let busy = false;
  const runProgress = new Map<string, number>();
  const tick = () => {
    // A pass waits through a Redis outage (its commands queue up); never start a second one meanwhile.
    if (busy) return;
    busy = true;
    pass = reconcileOnce(timeZone, alertRetry, runProgress).finally(() => {
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

async function reconcileOnce(
  timeZone: string,
  alertRetry: DeliveryRetry,
  runProgress: Map<string, number>,
): Promise<void> {
  try {
    const schedules = await syncAllGroupSchedules(scheduleQueue());
    if (schedules.upserted + schedules.removed > 0)
      console.log(`schedules synced: ${schedules.upserted} upserted, ${schedules.removed} removed`);
    const runs = await reconcileScanRuns(scanQueue(), runProgress);
    if (runs.finished + runs.requeued > 0)
      console.log(`reconciled: ${runs.finished} runs finished, ${runs.requeued} scan chunks re-enqueued`);
    // After the runs above: one they just finished is offered for evaluation in the same pass.
    await syncDigestSchedulers(alertQueue(), timeZone);
    await syncAuditPurgeScheduler(maintenanceQueue(), timeZone);
    await syncMailDigestPurgeScheduler(maintenanceQueue(), timeZone);
    const mailboxes = await syncMailboxPullSchedulers(mailboxQueue());
    if (mailboxes.upserted + mailboxes.removed > 0)
      console.log(`mailbox pulls synced: ${mailboxes.upserted} upserted, ${mailboxes.removed} removed`);
    await sweepAlerts(alertQueue(), prisma, alertRetry);
    const recompute = await reconcileCompliance(maintenanceQueue(), prisma);
    if (recompute.length > 0) console.log(`compliance recompute enqueued for ${recompute.length} groups`);
    const expired = await reconcileComplianceExceptions(alertQueue(), prisma, alertRetry);
    if (expired > 0) console.log(`compliance exceptions expired: ${expired}`);
    const sessions = await purgeEndedSessions();
    if (sessions > 0) console.log(`purged ${sessions} ended sessions`);
  } catch (error) {
    console.error(`reconcile failed, will retry: ${error instanceof Error ? error.message : String(error)}`);
  }
}
