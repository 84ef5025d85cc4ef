import { notFound } from '@/lib/api/v1/api-problem';
import { revokeStatusLinkOperation, rotateStatusLinkOperation } from '@/lib/api/v1/group-owner-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { env } from '@/lib/env';
import { revokeStatusLink } from '@/lib/groups/status-link/revoke-status-link';
import { rotateStatusLink } from '@/lib/groups/status-link/rotate-status-link';
import { statusLinkUrl } from '@/lib/groups/status-link/status-link-token';
import { isInScope } from '@/lib/queries/is-in-scope';

export const POST = v1Route(rotateStatusLinkOperation, async ({ principal, actor, params }) => {
  if (!(await isInScope(principal.viewer, { groups: [params.id] }))) throw notFound('Group');
  const result = await rotateStatusLink(params.id, actor);
  if (!result.ok) throw notFound('Group');
  return { url: statusLinkUrl(env().KENSA_PUBLIC_URL, result.token) };
});

export const DELETE = v1Route(revokeStatusLinkOperation, async ({ principal, actor, params }) => {
  if (!(await isInScope(principal.viewer, { groups: [params.id] }))) throw notFound('Group');
  const result = await revokeStatusLink(params.id, actor);
  if (!result.ok) throw notFound('Group');
  return new Response(null, { status: 204 });
});
