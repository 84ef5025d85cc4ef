import { auditActorOfPrincipal } from '@/lib/api/v1/audit-actor-of-principal';
import { inviteUserOperation, listUsersOperation } from '@/lib/api/v1/user-operations';
import { assertManagesUsers, readUserItem, userProblem } from '@/lib/api/v1/user-responses';
import { v1Route } from '@/lib/api/v1/v1-route';
import { listUsers } from '@/lib/queries/list-users';
import { inviteUser } from '@/lib/users/invite-user';

export const GET = v1Route(listUsersOperation, async ({ principal }) => {
  assertManagesUsers(principal);
  return { items: await listUsers(principal.viewer) };
});

export const POST = v1Route(inviteUserOperation, async ({ principal, body }) => {
  assertManagesUsers(principal);
  const invited = await inviteUser(body, await auditActorOfPrincipal(principal));
  if (!invited.ok) throw userProblem(invited.code);
  const { kind, url, expiresAt } = invited.link;
  return {
    ...(await readUserItem(principal.viewer, invited.id)),
    link: { kind, url, expiresAt, mail: invited.mail },
  };
});
