import { notFound } from '@/lib/api/v1/api-problem';
import { getScanRunOperation } from '@/lib/api/v1/scan-run-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { getScanRun } from '@/lib/queries/get-scan-run';

export const GET = v1Route(getScanRunOperation, async ({ principal, params }) => {
  const run = await getScanRun(principal.viewer, params.id);
  if (!run) throw notFound('Scan run');
  return run;
});
