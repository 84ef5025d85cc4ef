'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { viewerOfUser } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { rotateStatusLink } from '@/lib/groups/status-link/rotate-status-link';
import { statusLinkUrl } from '@/lib/groups/status-link/status-link-token';
import { isInScope } from '@/lib/queries/is-in-scope';
import { defineAction } from './define-action';

/**
 * Opens a group's public status page, or gives it a new link (the old one stops working), and returns
 * the link once, to copy. Editors and admins, within their group scope.
 */
export const rotateStatusLinkAction = defineAction(
  {
    role: 'editor',
    input: z.object({ groupId: z.uuid() }),
    read: (groupId: string) => ({ groupId }),
    invalid: { error: 'invalid' } as { url: string } | { error: string },
  },
  async ({ groupId }, user, actor): Promise<{ url: string } | { error: string }> => {
    if (!(await isInScope(viewerOfUser(user), { groups: [groupId] }))) return { error: 'not-found' };
    const result = await rotateStatusLink(groupId, actor);
    if (!result.ok) return { error: 'not-found' };
    revalidatePath(`/groups/${groupId}/owners`);
    return { url: statusLinkUrl(env().KENSA_PUBLIC_URL, result.token) };
  },
);
