import { notFound } from '@/lib/api/v1/api-problem';
import { listGroupExceptionsOperation } from '@/lib/api/v1/exception-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { isInScope } from '@/lib/queries/is-in-scope';
import { listGroupExceptions } from '@/lib/queries/list-group-exceptions';

export const GET = v1Route(listGroupExceptionsOperation, async ({ principal, params }) => {
  if (!(await isInScope(principal.viewer, { groups: [params.id] }))) throw notFound('Group');
  return { items: await listGroupExceptions(principal.viewer, params.id) };
});
