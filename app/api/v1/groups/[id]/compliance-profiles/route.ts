import { ApiProblem, notFound } from '@/lib/api/v1/api-problem';
import { setGroupProfilesOperation } from '@/lib/api/v1/compliance-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { setGroupProfiles } from '@/lib/compliance/set-group-profiles';
import { isInScope } from '@/lib/queries/is-in-scope';

export const PUT = v1Route(setGroupProfilesOperation, async ({ principal, actor, params, body }) => {
  if (!(await isInScope(principal.viewer, { groups: [params.id] }))) throw notFound('Group');
  const result = await setGroupProfiles(params.id, body.profileIds, actor);
  if (result.ok) return { changed: result.changed };
  if (result.code === 'not_found') throw notFound('Group');
  throw new ApiProblem(400, 'unknown_profile', 'Some profiles do not exist.');
});
