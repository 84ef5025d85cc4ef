import { notFound } from '@/lib/api/v1/api-problem';
import { createGroupTargetOperation, listGroupTargetsOperation } from '@/lib/api/v1/target-operations';
import { targetItemOf, targetProblem } from '@/lib/api/v1/target-responses';
import { v1Route } from '@/lib/api/v1/v1-route';
import { isInScope } from '@/lib/queries/is-in-scope';
import { listGroupTargets } from '@/lib/queries/list-group-targets';
import { createGroupTarget } from '@/lib/targets/create-group-target';

export const GET = v1Route(listGroupTargetsOperation, async ({ principal, params }) => {
  if (!(await isInScope(principal.viewer, { groups: [params.id] }))) throw notFound('Group');
  const items = await listGroupTargets(principal.viewer, { groupIds: [params.id] });
  return { items: items.map(targetItemOf) };
});

export const POST = v1Route(createGroupTargetOperation, async ({ principal, actor, params, body }) => {
  if (!(await isInScope(principal.viewer, { groups: [params.id] }))) throw notFound('Group');
  const result = await createGroupTarget(params.id, body, actor);
  if (!result.ok) throw targetProblem(result.code);
  return { id: result.id };
});
