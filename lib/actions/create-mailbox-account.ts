'use server';

import { revalidatePath } from 'next/cache';
import { createMailboxAccount } from '@/lib/mailboxes/create-mailbox-account';
import { createMailboxAccountInput } from '@/lib/mailboxes/mailbox-account-input';
import type { MailboxWriteResult } from '@/lib/mailboxes/mailbox-write-result';
import { defineAction } from './define-action';

export type CreateMailboxAccountState =
  | { status: 'idle' }
  | { status: 'created' }
  | { status: 'refused'; code: Extract<MailboxWriteResult, { ok: false }>['code'] | 'out_of_scope' };

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/**
 * Adds a mailbox account from the settings form (a refusal comes back as its code: bad settings,
 * a taken name, an unknown source). Admins not limited to groups only: a mailbox belongs to no group.
 */
export const createMailboxAccountAction = defineAction(
  {
    role: 'admin',
    input: createMailboxAccountInput,
    read: (_previous: CreateMailboxAccountState, form: FormData) => ({
      name: text(form, 'name'),
      host: text(form, 'host'),
      port: text(form, 'port'),
      tlsMode: text(form, 'tlsMode'),
      username: text(form, 'username'),
      password: text(form, 'password'),
      folder: text(form, 'folder'),
      processedFolder: text(form, 'processedFolder'),
      invalidFolder: text(form, 'invalidFolder'),
      intervalMinutes: text(form, 'intervalMinutes'),
      purpose: text(form, 'purpose'),
      mailSourceId: text(form, 'purpose') === 'received-mail' ? text(form, 'mailSourceId') : null,
    }),
    invalid: { status: 'refused', code: 'invalid' } as CreateMailboxAccountState,
  },
  async (input, user, actor): Promise<CreateMailboxAccountState> => {
    if (user.groupIds !== null) return { status: 'refused', code: 'out_of_scope' };
    const created = await createMailboxAccount(input, actor);
    if (!created.ok) return { status: 'refused', code: created.code };
    revalidatePath('/settings/mailboxes');
    return { status: 'created' };
  },
);
