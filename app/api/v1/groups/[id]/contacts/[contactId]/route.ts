import { ApiProblem, notFound } from '@/lib/api/v1/api-problem';
import {
  deleteGroupContactOperation,
  updateGroupContactOperation,
} from '@/lib/api/v1/group-owner-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { removeGroupContact } from '@/lib/groups/contacts/remove-group-contact';
import { saveGroupContact } from '@/lib/groups/contacts/save-group-contact';
import { isInScope } from '@/lib/queries/is-in-scope';

export const PUT = v1Route(updateGroupContactOperation, async ({ principal, actor, params, body }) => {
  if (!(await isInScope(principal.viewer, { groups: [params.id] }))) throw notFound('Contact');
  const saved = await saveGroupContact(params.id, params.contactId, body, actor);
  if (saved.ok) return { id: saved.id };
  if (saved.code === 'email_taken')
    throw new ApiProblem(409, 'email_taken', 'This address is a contact already.');
  throw notFound('Contact');
});

export const DELETE = v1Route(deleteGroupContactOperation, async ({ principal, actor, params }) => {
  if (!(await isInScope(principal.viewer, { groups: [params.id] }))) throw notFound('Contact');
  const removed = await removeGroupContact(params.id, params.contactId, actor);
  if (!removed.ok) throw notFound('Contact');
  return new Response(null, { status: 204 });
});
