import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';

export interface DmarcRefusedInputRow {
  id: string;
  fileName: string;
  reason: string;
  sizeBytes: number;
  route: string;
  receivedAt: Date;
}

/**
 * The Invalid list: inputs not stored as reports, newest first. A refused input names no domain
 * anyone could be scoped to, so only viewers not limited to groups see it.
 */
export async function listDmarcRefusedInputs(viewer: Viewer, take = 100): Promise<DmarcRefusedInputRow[]> {
  readAs(viewer);
  if (viewer.groupIds !== null) return [];
  return prisma.dmarcRefusedInput.findMany({
    orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
    take: Math.min(Math.max(take, 1), 1000),
  });
}
