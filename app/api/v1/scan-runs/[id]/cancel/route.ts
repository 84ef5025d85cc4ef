import { ApiProblem, notFound } from '@/lib/api/v1/api-problem';
import { cancelScanRunOperation } from '@/lib/api/v1/scan-run-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { isInScope } from '@/lib/queries/is-in-scope';
import { scanQueue } from '@/lib/queue';
import { cancelScanRun } from '@/lib/scans/cancel-scan-run';

export const POST = v1Route(cancelScanRunOperation, async ({ principal, actor, params }) => {
  if (!(await isInScope(principal.viewer, { scanRuns: [params.id] }))) throw notFound('Scan run');
  const result = await cancelScanRun(scanQueue(), params.id, actor);
  if (result.ok) return { cancelled: result.cancelled };
  if (result.code === 'finished') throw new ApiProblem(409, 'finished', 'The scan run has already finished.');
  throw notFound('Scan run');
});
