import type { PrismaClient } from '@/generated/prisma/client';

/**
 * A data source as pages and /api/v1/mail-sources show it, with what has been read into it. Data
 * sources are instance-wide (a carrier's mail is no group's), and hold no mail content: every
 * signed-in user and token may read them; only unscoped admins change them.
 */
export interface MailSourceRow {
  id: string;
  name: string;
  description: string;
  trustedAuthservIds: string[];
  useReceivedSpf: boolean;
  createdAt: Date;
  updatedAt: Date;
  /** Sums over the source's ingests. */
  totals: { counted: number; untrusted: number; duplicates: number; malformed: number };
  lastIngestAt: Date | null;
}

export const MAIL_SOURCE_SELECT = {
  id: true,
  name: true,
  description: true,
  trustedAuthservIds: true,
  useReceivedSpf: true,
  createdAt: true,
  updatedAt: true,
} as const;

type StoredSource = Omit<MailSourceRow, 'totals' | 'lastIngestAt'>;

/** Adds each source's ingest totals (one grouped read over mail_ingests, by its source index). */
export async function withIngestTotals(db: PrismaClient, sources: StoredSource[]): Promise<MailSourceRow[]> {
  if (sources.length === 0) return [];
  const sums = await db.mailIngest.groupBy({
    by: ['sourceId'],
    where: { sourceId: { in: sources.map((source) => source.id) } },
    _sum: { counted: true, untrusted: true, duplicates: true, malformed: true },
    _max: { createdAt: true },
  });
  const bySource = new Map(sums.map((sum) => [sum.sourceId, sum]));
  return sources.map((source) => {
    const sum = bySource.get(source.id);
    return {
      ...source,
      totals: {
        counted: sum?._sum.counted ?? 0,
        untrusted: sum?._sum.untrusted ?? 0,
        duplicates: sum?._sum.duplicates ?? 0,
        malformed: sum?._sum.malformed ?? 0,
      },
      lastIngestAt: sum?._max.createdAt ?? null,
    };
  });
}
