import type { PrismaClient } from '@/generated/prisma/client';
import { zoneFile } from '@/testing/knot/temp-knot';

export const LOAD_ZONE = 'kensa-load.test';

/** `count` small, healthy-looking domains d01…dNN.kensa-load.test: SPF, MX, DMARC, no DKIM. */
export function loadZone(count: number): string {
  const records = domainLabels(count).flatMap((label) => [
    `${label} TXT "v=spf1 ip4:192.0.2.0/24 -all"`,
    `${label} MX 10 mx.${LOAD_ZONE}.`,
    `_dmarc.${label} TXT "v=DMARC1; p=reject"`,
  ]);
  return zoneFile(LOAD_ZONE, [`mx A 192.0.2.25`, ...records].join('\n'));
}

function domainLabels(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `d${String(i + 1).padStart(2, '0')}`);
}

/** Registers the zone's domains; returns their ids. */
export async function seedLoadDomains(db: PrismaClient, count: number, prefix = ''): Promise<string[]> {
  const ids: string[] = [];
  for (const label of domainLabels(count)) {
    const ascii = `${prefix}${label}.${LOAD_ZONE}`;
    const domain = await db.domain.upsert({
      where: { ascii },
      create: { ascii, unicode: ascii },
      update: {},
      select: { id: true },
    });
    ids.push(domain.id);
  }
  return ids;
}

export interface RunSummary {
  status: string;
  total: number;
  done: number;
  failed: number;
  rows: number;
  byStatus: Record<string, number>;
  /** Domains still on the run's work list (scan_run_items). */
  open: number;
}

/** The run's counters next to what its rows and its work list say. */
export async function summarizeRun(db: PrismaClient, runId: string): Promise<RunSummary> {
  const run = await db.scanRun.findUniqueOrThrow({ where: { id: runId } });
  const groups = await db.domainScan.groupBy({ by: ['status'], where: { run: { id: runId } }, _count: true });
  const byStatus = Object.fromEntries(groups.map((g) => [g.status, g._count]));
  const rows = groups.reduce((sum, g) => sum + g._count, 0);
  const open = await db.scanRunItem.count({ where: { runId } });
  return { status: run.status, total: run.total, done: run.done, failed: run.failed, rows, byStatus, open };
}
