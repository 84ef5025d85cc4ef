import { apiRoute } from '@/lib/http/api-route';
import { createScanRun } from '@/lib/scans/create-scan-run';
import { findScanDomainIds } from '@/lib/schedules/find-scan-domain-ids';

/** Starts a scan of every registered domain; answers 202 with the run id to poll at /api/scan-runs/{id}. */
export const POST = apiRoute('admin', async ({ user }) => {
  const run = await createScanRun({
    domainIds: await findScanDomainIds({ kind: 'all' }),
    trigger: 'api',
    triggeredBy: user.id,
    scope: { kind: 'all' },
  });
  return Response.json(run, { status: 202 });
});
