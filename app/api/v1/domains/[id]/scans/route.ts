import { z } from 'zod';
import { notFound } from '@/lib/api/v1/api-problem';
import { listDomainScansOperation } from '@/lib/api/v1/domain-operations';
import { decodeCursor, encodeCursor } from '@/lib/api/v1/page-cursor';
import { v1Route } from '@/lib/api/v1/v1-route';
import { prisma } from '@/lib/db';
import { listDomainScans } from '@/lib/queries/list-domain-scans';
import { visibleDomains } from '@/lib/queries/visible';

const scanCursor = z.object({ finishedAt: z.iso.datetime().pipe(z.coerce.date()), id: z.uuid() });

export const GET = v1Route(listDomainScansOperation, async ({ principal, params, query }) => {
  const before = decodeCursor(scanCursor, query.cursor);
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
      page.next && encodeCursor({ finishedAt: page.next.finishedAt.toISOString(), id: page.next.id }),
  };
});
