'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { viewerOfUser } from '@/lib/auth/viewer';
import { revokeStatusLink } from '@/lib/groups/status-link/revoke-status-link';
import { isInScope } from '@/lib/queries/is-in-scope';
import { defineAction } from './define-action';

/** Closes a group's public status page: its link answers 404 from now on. Editors and admins, within their scope. */
export const revokeStatusLinkAction = defineAction(
  {
    role: 'editor',
    input: z.object({ groupId: z.uuid() }),
    read: (groupId: string, _form?: FormData) => ({ groupId }),
    invalid: undefined,
  },
  async ({ groupId }, user, actor): Promise<void> => {
    if (!(await isInScope(viewerOfUser(user), { groups: [groupId] }))) return;
    await revokeStatusLink(groupId, actor);
    revalidatePath(`/groups/${groupId}/owners`);
  },
);
