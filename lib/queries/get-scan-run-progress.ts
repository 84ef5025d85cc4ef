import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import { visibleScanRuns } from './visible';

export interface ScanRunProgress {
  id: string;
  status: string;
  total: number;
  done: number;
  failed: number;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/** Progress of one run, cheap enough to poll every second while it runs. */
export async function getScanRunProgress(viewer: Viewer, id: string): Promise<ScanRunProgress | null> {
  readAs(viewer);
  if (!isUuid(id)) return null;
  return prisma.scanRun.findFirst({
    where: { id, ...visibleScanRuns(viewer) },
    select: {
      id: true,
      status: true,
      total: true,
      done: true,
      failed: true,
      startedAt: true,
      finishedAt: true,
    },
  });
}
