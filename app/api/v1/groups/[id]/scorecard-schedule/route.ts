import { notFound } from '@/lib/api/v1/api-problem';
import { setScorecardScheduleOperation } from '@/lib/api/v1/group-owner-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { setScorecardSchedule } from '@/lib/groups/scorecard/set-scorecard-schedule';
import { isInScope } from '@/lib/queries/is-in-scope';

export const PUT = v1Route(setScorecardScheduleOperation, async ({ principal, actor, params, body }) => {
  if (!(await isInScope(principal.viewer, { groups: [params.id] }))) throw notFound('Group');
  const result = await setScorecardSchedule(params.id, body.schedule, actor);
  if (!result.ok) throw notFound('Group');
  return { changed: result.changed };
});
