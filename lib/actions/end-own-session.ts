'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { endOwnSession } from '@/lib/users/end-own-session';
import { defineAction } from './define-action';

/** Signs one of the user's own browsers out; another person's session id ends nothing. */
export const endOwnSessionAction = defineAction(
  {
    role: 'viewer',
    input: z.uuid(),
    read: (sessionId: string) => sessionId,
    invalid: { ended: false },
  },
  async (sessionId, _user, actor) => {
    const ended = await endOwnSession(actor, sessionId);
    revalidatePath('/settings/account');
    return { ended };
  },
);
