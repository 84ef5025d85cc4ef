import { prisma } from '@/lib/db';
import { apiError, apiRoute } from '@/lib/http/api-route';
import { isUuid } from '@/lib/http/is-uuid';
import { createScanRun } from '@/lib/scans/create-scan-run';

/** Starts a scan of one domain; answers 202 with the run id to poll at /api/scan-runs/{id}. */
export const POST = apiRoute<{ id: string }>('admin', async ({ params, user }) => {
  if (!isUuid(params.id)) return apiError(404, 'not_found', 'No such domain.');
  const domain = await prisma.domain.findFirst({
    where: { id: params.id, archivedAt: null },
    select: { id: true },
  });
  if (!domain) return apiError(404, 'not_found', 'No such domain.');
  const run = await createScanRun({
    domainIds: [domain.id],
    trigger: 'api',
    triggeredBy: user.id,
    scope: { kind: 'domain', ids: [domain.id] },
  });
  return Response.json(run, { status: 202 });
});
