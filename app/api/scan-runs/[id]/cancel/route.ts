import { apiError, apiRoute } from '@/lib/http/api-route';
import { isUuid } from '@/lib/http/is-uuid';
import { scanQueue } from '@/lib/queue';
import { cancelScanRun } from '@/lib/scans/cancel-scan-run';

/** Cancels a queued or running run: 200 with how many domain scans were cancelled, 409 if it had finished. */
export const POST = apiRoute<{ id: string }>('admin', async ({ params }) => {
  if (!isUuid(params.id)) return apiError(404, 'not_found', 'No such scan run.');
  const result = await cancelScanRun(scanQueue(), params.id);
  if (result.ok) return Response.json({ cancelled: result.cancelled });
  return result.code === 'finished'
    ? apiError(409, 'finished', 'The scan run has already finished.')
    : apiError(404, 'not_found', 'No such scan run.');
});
