import { Worker } from 'bullmq';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { SCAN_QUEUE } from '@/lib/jobs/scan-domain-job';
import { createRedisConnection } from '@/lib/redis';
import { createScanDns } from '@/lib/scans/scan-dns';
import { handleScanDomain } from './jobs/scan-domain';

/**
 * The scan worker process. Several can run, on several machines, against the same Redis and
 * PostgreSQL. SIGTERM/SIGINT close it cleanly: no new jobs are taken and the ones in flight finish;
 * a worker killed outright leaves its jobs to BullMQ's stalled-job recovery, and the handler's
 * exactly-once write keeps the result single.
 */
async function main(): Promise<void> {
  const config = env();
  const dns = await createScanDns(config);
  const worker = new Worker(SCAN_QUEUE, (job) => handleScanDomain(job, dns), {
    connection: createRedisConnection(),
    concurrency: config.KENSA_SCAN_CONCURRENCY,
  });
  worker.on('failed', (job, error) => console.error(`scan job ${job?.id} failed: ${error.message}`));
  worker.on('error', (error) => console.error(`worker error: ${error.message}`));
  await worker.waitUntilReady();
  console.log(`kensa worker ready: queue "${SCAN_QUEUE}", concurrency ${config.KENSA_SCAN_CONCURRENCY}`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`kensa worker: ${signal}, finishing jobs in flight`);
    await worker.close();
    dns.close();
    await prisma.$disconnect();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
