import type { Viewer } from '@/lib/auth/viewer';
import { getComplianceException } from '@/lib/queries/get-compliance-exception';
import { ApiProblem, notFound } from './api-problem';

/**
 * Approve and revoke alike: an exception outside the caller's scope is 404 before the core runs;
 * a refusal of the core is 409 with its code (403 for a role the core refuses); then the exception
 * as it now stands.
 */
export async function decideException(
  viewer: Viewer,
  exceptionId: string,
  decide: () => Promise<{ ok: true } | { ok: false; code: string }>,
) {
  if (!(await getComplianceException(viewer, exceptionId))) throw notFound('Exception');
  const result = await decide();
  if (!result.ok) {
    if (result.code === 'not_found') throw notFound('Exception');
    const status = result.code === 'forbidden' ? 403 : 409;
    throw new ApiProblem(status, result.code, 'The exception cannot be changed so.');
  }
  const item = await getComplianceException(viewer, exceptionId);
  if (!item) throw notFound('Exception');
  return item;
}
