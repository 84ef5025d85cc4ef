import { prisma } from '@/lib/db';
import { apiError, apiRoute } from '@/lib/http/api-route';
import { isUuid } from '@/lib/http/is-uuid';
import { createScanRun } from '@/lib/scans/create-scan-run';
import { findScanDomainIds } from '@/lib/schedules/find-scan-domain-ids';

/** Starts a scan of a group's current members; answers 202 with the run id to poll at /api/scan-runs/{id}. */
export const POST = apiRoute<{ id: string }>('admin', async ({ params, user }) => {
  if (!isUuid(params.id)) return apiError(404, 'not_found', 'No such group.');
  const group = await prisma.group.findUnique({ where: { id: params.id }, select: { id: true } });
  if (!group) return apiError(404, 'not_found', 'No such group.');
  const run = await createScanRun({
    domainIds: await findScanDomainIds({ kind: 'group', groupId: group.id }),
    trigger: 'api',
    triggeredBy: user.id,
    scope: { kind: 'group', ids: [group.id] },
  });
  return Response.json(run, { status: 202 });
});
