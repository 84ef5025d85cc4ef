import { ApiProblem, outOfScope } from '@/lib/api/v1/api-problem';
import { createGroupOperation, listGroupsOperation } from '@/lib/api/v1/group-operations';
import { checkSchedule, groupItemOf, readGroupItem, saveSchedule } from '@/lib/api/v1/group-responses';
import { v1Route } from '@/lib/api/v1/v1-route';
import { saveGroupRecord } from '@/lib/groups/save-group-record';
import { listGroups } from '@/lib/queries/list-groups';

export const GET = v1Route(listGroupsOperation, async ({ principal }) => ({
  items: (await listGroups(principal.viewer)).map((group) => groupItemOf(group, group.members)),
}));

export const POST = v1Route(
  createGroupOperation,
  async ({ principal, actor, body: { schedule, ...fields } }) => {
    if (principal.viewer.groupIds !== null) throw outOfScope('create groups');
    checkSchedule(schedule);
    const saved = await saveGroupRecord(fields, actor);
    if (!saved.ok) throw new ApiProblem(409, 'name_taken', 'A group with this name exists already.');
    await saveSchedule(saved.id, schedule, actor);
    return readGroupItem(principal.viewer, saved.id);
  },
);
