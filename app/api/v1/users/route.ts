import { inviteUserOperation, listUsersOperation } from '@/lib/api/v1/user-operations';
import { readUserItem, userProblem } from '@/lib/api/v1/user-responses';
import { v1Route } from '@/lib/api/v1/v1-route';
import { listUsers } from '@/lib/queries/list-users';
import { inviteUser } from '@/lib/users/invite-user';

export const GET = v1Route(listUsersOperation, async ({ principal }) => ({
  items: await listUsers(principal.viewer),
}));

export const POST = v1Route(inviteUserOperation, async ({ principal, actor, body }) => {
  const invited = await inviteUser(body, actor);
  if (!invited.ok) throw userProblem(invited.code);
  const { kind, url, expiresAt } = invited.link;
  return {
    ...(await readUserItem(principal.viewer, invited.id)),
    link: { kind, url, expiresAt, mail: invited.mail },
  };
});
