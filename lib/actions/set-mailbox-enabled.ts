'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { updateMailboxAccount } from '@/lib/mailboxes/update-mailbox-account';
import { defineAction } from './define-action';

/** Turns a mailbox's scheduled pulls on or off. Admins not limited to groups only. */
export const setMailboxEnabledAction = defineAction(
  {
    role: 'admin',
    input: z.object({ id: z.uuid(), enabled: z.boolean() }),
    read: (id: string, enabled: boolean) => ({ id, enabled }),
    invalid: { ok: false } as const,
  },
  async ({ id, enabled }, user, actor): Promise<{ ok: boolean }> => {
    if (user.groupIds !== null) return { ok: false };
    const updated = await updateMailboxAccount(id, { enabled }, actor);
    revalidatePath('/settings/mailboxes');
    return { ok: updated.ok };
  },
);
