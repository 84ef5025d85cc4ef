import type { PrismaClient, RunStatus, ScanTrigger } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { visibleScanRuns } from './visible';

export interface ScanRunRow {
  id: string;
  trigger: ScanTrigger;
  scope: unknown;
  status: RunStatus;
  total: number;
  done: number;
  failed: number;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/**
 * The latest scan runs, newest first (created_at DESC index); `before` continues a list by keyset
 * from the last run of the previous page, so new runs starting meanwhile do not shift it.
 */
export function listScanRuns(
  viewer: Viewer,
  limit = 50,
  before?: { createdAt: Date; id: string },
  db: PrismaClient = prisma,
): Promise<ScanRunRow[]> {
  readAs(viewer);
  return db.scanRun.findMany({
    where: {
      ...visibleScanRuns(viewer),
      ...(before
        ? {
            OR: [
              { createdAt: { lt: before.createdAt } },
              { createdAt: before.createdAt, id: { lt: before.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: {
      id: true,
      trigger: true,
      scope: true,
      status: true,
      total: true,
      done: true,
      failed: true,
      createdAt: true,
      startedAt: true,
      finishedAt: true,
    },
  });
}
