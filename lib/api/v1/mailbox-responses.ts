import type { Viewer } from '@/lib/auth/viewer';
import type { MailboxWriteResult } from '@/lib/mailboxes/mailbox-write-result';
import { getMailboxAccount } from '@/lib/queries/get-mailbox-account';
import type { MailboxAccountRow } from '@/lib/queries/mailbox-account-row';
import { ApiProblem, notFound } from './api-problem';

type Refusal = Extract<MailboxWriteResult, { ok: false }>;

/** The answer to a refused mailbox write: 404, 400 for bad or unavailable settings, 409 for a taken name. */
export function mailboxProblem(refusal: Refusal): ApiProblem {
  if (refusal.code === 'not-found') return notFound('Mailbox');
  const code = refusal.code.replace(/-/g, '_');
  return new ApiProblem(refusal.code === 'name-taken' ? 409 : 400, code, refusal.message);
}

/** The mailbox as the API shows it after a change; 404 when there is none. */
export async function readMailboxItem(viewer: Viewer, id: string): Promise<MailboxAccountRow> {
  const account = await getMailboxAccount(viewer, id);
  if (!account) throw notFound('Mailbox');
  return account;
}
