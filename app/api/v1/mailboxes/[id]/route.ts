import { notFound } from '@/lib/api/v1/api-problem';
import {
  deleteMailboxOperation,
  getMailboxOperation,
  updateMailboxOperation,
} from '@/lib/api/v1/mailbox-operations';
import { mailboxProblem, readMailboxItem } from '@/lib/api/v1/mailbox-responses';
import { v1Route } from '@/lib/api/v1/v1-route';
import { deleteMailboxAccount } from '@/lib/mailboxes/delete-mailbox-account';
import { updateMailboxAccount } from '@/lib/mailboxes/update-mailbox-account';

export const GET = v1Route(getMailboxOperation, async ({ principal, params }) =>
  readMailboxItem(principal.viewer, params.id),
);

export const PATCH = v1Route(updateMailboxOperation, async ({ principal, actor, params, body }) => {
  const updated = await updateMailboxAccount(params.id, body, actor);
  if (!updated.ok) throw mailboxProblem(updated);
  return readMailboxItem(principal.viewer, params.id);
});

export const DELETE = v1Route(deleteMailboxOperation, async ({ actor, params }) => {
  if (!(await deleteMailboxAccount(params.id, actor))) throw notFound('Mailbox');
  return new Response(null, { status: 204 });
});
