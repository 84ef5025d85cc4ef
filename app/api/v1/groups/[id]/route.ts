import { ApiProblem, notFound } from '@/lib/api/v1/api-problem';
import { getGroupOperation, updateGroupOperation } from '@/lib/api/v1/group-operations';
import { checkSchedule, readGroupItem, saveSchedule } from '@/lib/api/v1/group-responses';
import { v1Route } from '@/lib/api/v1/v1-route';
import { saveGroupRecord } from '@/lib/groups/save-group-record';
import { isInScope } from '@/lib/queries/is-in-scope';

export const GET = v1Route(getGroupOperation, async ({ principal, params }) =>
  readGroupItem(principal.viewer, params.id),
);

export const PATCH = v1Route(
  updateGroupOperation,
  async ({ principal, actor, params, body: { schedule, ...fields } }) => {
    if (!(await isInScope(principal.viewer, { groups: [params.id] }))) throw notFound('Group');
    checkSchedule(schedule);
    const saved = await saveGroupRecord({ id: params.id, ...fields }, actor);
    if (!saved.ok && saved.code === 'not_found') throw notFound('Group');
    if (!saved.ok) throw new ApiProblem(409, 'name_taken', 'A group with this name exists already.');
    await saveSchedule(params.id, schedule, actor);
    return readGroupItem(principal.viewer, params.id);
  },
);
