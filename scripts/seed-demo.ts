import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { normalizeDomain } from '@/audit/domain-name';
import { prisma } from '@/lib/db';
import { applyDomainGroups } from '@/lib/domains/apply-domain-groups';
import { registerDomain } from '@/lib/domains/register-domain';
import { dayOf } from '@/lib/history/day-of';
import type { Db } from '@/lib/history/refresh-adoption-rollups';
import { bucketStart } from '@/lib/queries/overview-filter';
import { closeQueues } from '@/lib/queue';
import { createScanRun } from '@/lib/scans/create-scan-run';
import { backfillDemoHistory } from './demo/backfill-history';
import { followDemoProfiles } from './demo/follow-demo-profiles';
import { seedDemoExceptions } from './demo/seed-demo-exceptions';
import { seedDemoOwners } from './demo/seed-demo-owners';
import { seedDemoTarget } from './demo/seed-demo-target';
import { seedDemoDmarcReports } from './demo/seed-dmarc-reports';
import { seedDemoReceivedMail } from './demo/seed-received-mail';

const demoFile = z.object({
  domains: z.array(
    z.object({
      name: z.string(),
      parked: z.boolean().optional(),
      selectors: z.array(z.string()).optional(),
      groups: z.array(z.string()).optional(),
    }),
  ),
});

async function groupIdByName(tx: Db, name: string): Promise<string> {
  const group = await tx.group.upsert({
    where: { name },
    create: { name },
    update: {},
    select: { id: true },
  });
  return group.id;
}

/**
 * Waits (up to five minutes) for the workers to finish a run. bogus.dnssec.test fails validation, so
 * its scan is retried with the job's backoff (5 + 10 + 20 + 40 s by default) before it is stored.
 */
async function runFinished(runId: string): Promise<boolean> {
  for (let i = 0; i < 600; i++) {
    const run = await prisma.scanRun.findUnique({ where: { id: runId }, select: { status: true } });
    if (run?.status === 'complete') return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

/**
 * Loads the demo dataset (idempotent: a second run changes nothing) and, on the first run only,
 * scans every domain so the dashboard has results to show.
 */
async function seedDemo(): Promise<void> {
  const { domains } = demoFile.parse(JSON.parse(await readFile('fixtures/demo-domains.json', 'utf8')));
  for (const entry of domains) {
    const name = normalizeDomain(entry.name);
    if (!name.ok) throw new Error(`fixtures/demo-domains.json: ${entry.name}: ${name.error}`);
    const fields = { unicode: name.unicode, parked: entry.parked ?? false, selectors: entry.selectors ?? [] };
    await prisma.$transaction(async (tx) => {
      const domain = await registerDomain(tx, { ascii: name.ascii, ...fields });
      await tx.domain.update({ where: { id: domain.id }, data: fields });
      const groupIds = await Promise.all((entry.groups ?? []).map((group) => groupIdByName(tx, group)));
      await applyDomainGroups(tx, domain.id, groupIds);
    });
  }
  const mailRows = await seedDemoReceivedMail(prisma, bucketStart(dayOf(new Date()), 'week'));
  if (mailRows)
    console.log(`kensa: demo received mail: 3 synthetic sources, ${mailRows} weekly aggregate rows`);
  // Before the first scan, so it already probes the selector the reports reveal and raises the
  // unapproved source's finding.
  const reports = await seedDemoDmarcReports(prisma);
  if (reports)
    console.log(`kensa: demo DMARC: ${reports} synthetic aggregate reports of the last three weeks`);
  if ((await prisma.scanRun.count()) === 0) {
    const ids = await prisma.domain.findMany({ where: { archivedAt: null }, select: { id: true } });
    const run = await createScanRun({
      domainIds: ids.map((d) => d.id),
      trigger: 'manual',
      triggeredBy: null,
      scope: { kind: 'all' },
    });
    if (await runFinished(run.runId)) {
      const weeks = await backfillDemoHistory(prisma);
      if (weeks) console.log(`kensa: demo history: ${weeks} weeks of synthetic weekly results before today`);
    } else console.log('kensa: the first demo scan is still running; the demo starts without past history');
  }
  const following = await followDemoProfiles(prisma);
  if (following) console.log(`kensa: demo compliance: ${following} groups follow the built-in profiles`);
  if (await seedDemoExceptions(prisma))
    console.log('kensa: demo exceptions: one expiring soon, one expired, one pending');
  if (await seedDemoTarget(prisma)) console.log('kensa: demo target: DMARC enforcing ≥ 95% by 2027-03-31');
  await seedDemoOwners(prisma, `http://127.0.0.1:${process.env.PORT ?? '3000'}`);
  console.log(`kensa: demo data loaded (${domains.length} domains)`);
}

seedDemo()
  .then(async () => {
    // Every producer this script opened (the scan queue, the compliance recompute's), and their connections.
    await closeQueues();
    await prisma.$disconnect();
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
