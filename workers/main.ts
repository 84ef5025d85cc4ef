import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { startWorkers } from './start-workers';

/**
 * The scan worker process. Several can run, on several machines, against the same Redis and
 * PostgreSQL. SIGTERM/SIGINT close it cleanly: no new jobs are taken and the ones in flight finish;
 * a worker killed outright leaves its jobs to BullMQ's stalled-job recovery, and the handler's
 * exactly-once write keeps the result single. Redis and PostgreSQL outages are waited out, not
 * exited on: jobs fail and are retried, and the reconciler repairs what Redis lost.
 */
async function main(): Promise<void> {
  const config = env();
  // A stray rejection (a client erroring during an outage) must not take the worker down.
  process.on('unhandledRejection', (reason) => console.error('unhandled rejection:', reason));
  const workers = await startWorkers(config);
  console.log(`kensa worker ready: concurrency ${config.KENSA_SCAN_CONCURRENCY}`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`kensa worker: ${signal}, finishing jobs in flight`);
    await workers.close();
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
