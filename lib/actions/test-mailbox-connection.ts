'use server';

import { z } from 'zod';
import { checkMailboxAccount } from '@/lib/mailboxes/check-mailbox-account';
import type { ConnectionCheck } from '@/lib/mailboxes/test-mailbox-connection';
import { defineAction } from './define-action';

/** "Test connection" of a saved mailbox: logs in and counts the waiting messages; changes nothing. */
export const testMailboxConnectionAction = defineAction(
  { role: 'admin', input: z.uuid(), read: (id: string) => id, invalid: null },
  async (id, user): Promise<ConnectionCheck | null> => {
    if (user.groupIds !== null) return null;
    return checkMailboxAccount(id);
  },
);
