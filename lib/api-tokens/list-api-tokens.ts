import type { PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';

export interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  scope: 'read' | 'write';
  createdBy: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** Every token ever created, newest first; never the hash. */
export async function listApiTokens(viewer: Viewer, db: PrismaClient = prisma): Promise<ApiTokenRow[]> {
  readAs(viewer);
  const tokens = await db.apiToken.findMany({
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      name: true,
      prefix: true,
      scope: true,
      createdAt: true,
      lastUsedAt: true,
      expiresAt: true,
      revokedAt: true,
      createdBy: { select: { email: true, name: true, deletedAt: true } },
    },
  });
  // A deleted creator's address was rewritten to free it; the name they kept is what history shows.
  return tokens.map(({ createdBy, ...token }) => ({
    ...token,
    createdBy: (createdBy.deletedAt && createdBy.name) || createdBy.email,
  }));
}
