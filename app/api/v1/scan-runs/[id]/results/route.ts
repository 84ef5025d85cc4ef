import { z } from 'zod';
import { notFound } from '@/lib/api/v1/api-problem';
import { decodeCursor, encodeCursor } from '@/lib/api/v1/page-cursor';
import { listScanRunResultsOperation } from '@/lib/api/v1/scan-run-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { getScanRunProgress } from '@/lib/queries/get-scan-run-progress';
import { listScanRunResults } from '@/lib/queries/list-scan-run-results';

const resultCursor = z.object({ afterDomainId: z.uuid() });

export const GET = v1Route(listScanRunResultsOperation, async ({ principal, params, query }) => {
  const after = decodeCursor(resultCursor, query.cursor);
  if (!(await getScanRunProgress(principal.viewer, params.id))) throw notFound('Scan run');
  const page = await listScanRunResults(principal.viewer, params.id, {
    afterDomainId: after?.afterDomainId ?? null,
    limit: query.limit,
    withReport: query.include === 'report',
  });
  return { items: page.rows, nextCursor: page.next && encodeCursor({ afterDomainId: page.next }) };
});
