import { prisma } from '@/lib/db';

export interface ScanRunRow {
  id: string;
  trigger: string;
  scope: unknown;
  status: string;
  total: number;
  done: number;
  failed: number;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/** The latest scan runs, newest first (created_at DESC index). */
export function listScanRuns(limit = 50): Promise<ScanRunRow[]> {
  return prisma.scanRun.findMany({
    orderBy: { createdAt: 'desc' },
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
