import { notFound } from '@/lib/api/v1/api-problem';
import { deleteGroupTargetOperation, updateGroupTargetOperation } from '@/lib/api/v1/target-operations';
import { targetProblem } from '@/lib/api/v1/target-responses';
import { v1Route } from '@/lib/api/v1/v1-route';
import { getGroupTarget } from '@/lib/queries/get-group-target';
import { deleteGroupTarget } from '@/lib/targets/delete-group-target';
import { updateGroupTarget } from '@/lib/targets/update-group-target';

export const PUT = v1Route(updateGroupTargetOperation, async ({ principal, actor, params, body }) => {
  if (!(await getGroupTarget(principal.viewer, params.id))) throw notFound('Target');
  const result = await updateGroupTarget(params.id, body, actor);
  if (result.ok) return { changed: result.changed };
  if (result.code === 'not_found') throw notFound('Target');
  throw targetProblem(result.code);
});

export const DELETE = v1Route(deleteGroupTargetOperation, async ({ principal, actor, params }) => {
  if (!(await getGroupTarget(principal.viewer, params.id))) throw notFound('Target');
  if (!(await deleteGroupTarget(params.id, actor))) throw notFound('Target');
  return new Response(null, { status: 204 });
});
