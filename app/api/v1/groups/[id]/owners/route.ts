import { notFound } from '@/lib/api/v1/api-problem';
import { getGroupOwnersOperation } from '@/lib/api/v1/group-owner-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { getGroupOwners } from '@/lib/queries/get-group-owners';

export const GET = v1Route(getGroupOwnersOperation, async ({ principal, params }) => {
  const owners = await getGroupOwners(principal.viewer, params.id);
  if (!owners) throw notFound('Group');
  return {
    scorecardSchedule: owners.group.scorecardSchedule,
    statusLinkSetAt: owners.group.statusLinkSetAt,
    contacts: owners.contacts,
  };
});
