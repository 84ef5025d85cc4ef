import { notFound } from '@/lib/api/v1/api-problem';
import { testMailboxOperation } from '@/lib/api/v1/mailbox-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { checkMailboxAccount } from '@/lib/mailboxes/check-mailbox-account';

export const POST = v1Route(testMailboxOperation, async ({ params }) => {
  const check = await checkMailboxAccount(params.id);
  if (!check) throw notFound('Mailbox');
  return check.ok
    ? { ok: true, messages: check.messages, error: null }
    : { ok: false, messages: null, error: check.error };
});
