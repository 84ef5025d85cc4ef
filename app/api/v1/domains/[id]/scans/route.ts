import { z } from 'zod';
import { notFound } from '@/lib/api/v1/api-problem';
import { listDomainScansOperation } from '@/lib/api/v1/domain-operations';
import { decodeCursor, encodeCursor } from '@/lib/api/v1/page-cursor';
import { v1Route } from '@/lib/api/v1/v1-route';
import { prisma } from '@/lib/db';
import { listDomainScans } from '@/lib/queries/list-domain-scans';
import { visibleDomains } from '@/lib/queries/visible';

// The last scan's finished_at and run number (internal, so the cursor stays opaque to clients).
const scanCursor = z.object({
  finishedAt: z.iso.datetime().pipe(z.coerce.date()),
  run: z
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});

export const GET = v1Route(listDomainScansOperation, async ({ principal, params, query }) => {
  const cursor = decodeCursor(scanCursor, query.cursor);
  const before = cursor && { finishedAt: cursor.finishedAt, runNumber: cursor.run };
  const domain = await prisma.domain.findFirst({
    where: { id: params.id, ...visibleDomains(principal.viewer) },
    select: { id: true },
  });
  if (!domain) throw notFound('Domain');
  const page = await listDomainScans(principal.viewer, domain.id, {
    before,
    limit: query.limit,
    withReport: query.include === 'report',
  });
  return {
    items: page.rows,
    nextCursor:
      page.next && encodeCursor({ finishedAt: page.next.finishedAt.toISOString(), run: page.next.runNumber }),
  };
});
