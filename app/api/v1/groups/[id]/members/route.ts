import { ApiProblem, notFound } from '@/lib/api/v1/api-problem';
import { changeGroupMembersOperation } from '@/lib/api/v1/group-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { changeGroupMembers } from '@/lib/groups/change-group-members';
import { isInScope } from '@/lib/queries/is-in-scope';

export const POST = v1Route(changeGroupMembersOperation, async ({ principal, actor, params, body }) => {
  if (!(await isInScope(principal.viewer, { groups: [params.id] }))) throw notFound('Group');
  // Adding another group's domain would bring it into the caller's scope: answered as unregistered.
  if (!(await isInScope(principal.viewer, { domains: body.add })))
    throw new ApiProblem(400, 'unknown_domain', 'Some domains to add are not registered (or archived).');
  const result = await changeGroupMembers(params.id, body, actor);
  if (result.ok) return { added: result.added, removed: result.removed };
  if (result.code === 'not_found') throw notFound('Group');
  throw new ApiProblem(400, 'unknown_domain', 'Some domains to add are not registered (or archived).', {
    ids: result.ids,
  });
});
