import { deleteUserOperation, getUserOperation, updateUserOperation } from '@/lib/api/v1/user-operations';
import { readUserItem, userProblem } from '@/lib/api/v1/user-responses';
import { v1Route } from '@/lib/api/v1/v1-route';
import { deleteUser } from '@/lib/users/delete-user';
import { updateUser } from '@/lib/users/update-user';

export const GET = v1Route(getUserOperation, async ({ principal, params }) =>
  readUserItem(principal.viewer, params.id),
);

export const PATCH = v1Route(updateUserOperation, async ({ principal, actor, params, body }) => {
  const updated = await updateUser(params.id, body, actor);
  if (!updated.ok) throw userProblem(updated.code);
  return readUserItem(principal.viewer, params.id);
});

export const DELETE = v1Route(deleteUserOperation, async ({ actor, params }) => {
  const deleted = await deleteUser(params.id, actor);
  if (!deleted.ok) throw userProblem(deleted.code);
  return new Response(null, { status: 204 });
});
