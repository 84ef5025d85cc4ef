import { ApiProblem, notFound } from '@/lib/api/v1/api-problem';
import { createGroupContactOperation } from '@/lib/api/v1/group-owner-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { saveGroupContact } from '@/lib/groups/contacts/save-group-contact';
import { isInScope } from '@/lib/queries/is-in-scope';

export const POST = v1Route(createGroupContactOperation, async ({ principal, actor, params, body }) => {
  if (!(await isInScope(principal.viewer, { groups: [params.id] }))) throw notFound('Group');
  const saved = await saveGroupContact(params.id, undefined, body, actor);
  if (saved.ok) return { id: saved.id };
  if (saved.code === 'email_taken')
    throw new ApiProblem(409, 'email_taken', 'This address is a contact already.');
  throw notFound('Group');
});
