import { auditActorOfPrincipal } from '@/lib/api/v1/audit-actor-of-principal';
import { createUserLinkOperation } from '@/lib/api/v1/user-operations';
import { assertManagesUsers, userProblem } from '@/lib/api/v1/user-responses';
import { v1Route } from '@/lib/api/v1/v1-route';
import { createUserLink } from '@/lib/users/create-user-link';

export const POST = v1Route(createUserLinkOperation, async ({ principal, params }) => {
  assertManagesUsers(principal);
  const issued = await createUserLink(params.id, await auditActorOfPrincipal(principal));
  if (!issued.ok) throw userProblem(issued.code);
  const { kind, url, expiresAt } = issued.link;
  return { kind, url, expiresAt, mail: issued.mail };
});
