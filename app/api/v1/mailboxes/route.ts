import { createMailboxOperation, listMailboxesOperation } from '@/lib/api/v1/mailbox-operations';
import { mailboxProblem, readMailboxItem } from '@/lib/api/v1/mailbox-responses';
import { v1Route } from '@/lib/api/v1/v1-route';
import { createMailboxAccount } from '@/lib/mailboxes/create-mailbox-account';
import { offeredPurposes } from '@/lib/mailboxes/purpose-handlers';
import { listMailboxAccounts } from '@/lib/queries/list-mailbox-accounts';

export const GET = v1Route(listMailboxesOperation, async ({ principal }) => ({
  items: await listMailboxAccounts(principal.viewer),
  purposes: offeredPurposes(),
}));

export const POST = v1Route(createMailboxOperation, async ({ principal, actor, body }) => {
  const created = await createMailboxAccount(body, actor);
  if (!created.ok) throw mailboxProblem(created);
  return readMailboxItem(principal.viewer, created.id);
});
