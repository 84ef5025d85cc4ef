import { createUserLinkOperation } from '@/lib/api/v1/user-operations';
import { userProblem } from '@/lib/api/v1/user-responses';
import { v1Route } from '@/lib/api/v1/v1-route';
import { createUserLink } from '@/lib/users/create-user-link';

export const POST = v1Route(createUserLinkOperation, async ({ actor, params, query }) => {
  const issued = await createUserLink(params.id, actor, { allowPassword: query.allowPassword === 'true' });
  if (!issued.ok) throw userProblem(issued.code);
  const { kind, url, expiresAt } = issued.link;
  return { kind, url, expiresAt, mail: issued.mail };
});
