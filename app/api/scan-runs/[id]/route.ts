import { viewerOfUser } from '@/lib/auth/viewer';
import { apiError, apiRoute } from '@/lib/http/api-route';
import { getScanRunProgress } from '@/lib/queries/get-scan-run-progress';

/** Progress of one scan run: done / failed / total and status. */
export const GET = apiRoute<{ id: string }>('viewer', async ({ params, user }) => {
  const progress = await getScanRunProgress(viewerOfUser(user), params.id);
  return progress ? Response.json(progress) : apiError(404, 'not_found', 'No such scan run.');
});
