'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { viewerOfUser } from '@/lib/auth/viewer';
import { setGroupProfiles } from '@/lib/compliance/set-group-profiles';
import { isInScope } from '@/lib/queries/is-in-scope';
import { defineAction } from './define-action';

export interface SetGroupProfilesState {
  error: 'invalid' | 'not-found' | 'unknown-profiles' | null;
  saved: boolean;
}

/**
 * Sets the compliance profiles a group follows (the checked boxes); its compliance is then
 * recomputed from stored reports by a worker. Editors and admins, within their group scope.
 */
export const setGroupProfilesAction = defineAction(
  {
    role: 'editor',
    input: z.object({ groupId: z.uuid(), profileIds: z.array(z.uuid()).max(50) }),
    read: (_previous: SetGroupProfilesState, form: FormData) => ({
      groupId: form.get('groupId'),
      profileIds: form.getAll('profileId'),
    }),
    invalid: { error: 'invalid', saved: false } as SetGroupProfilesState,
  },
  async ({ groupId, profileIds }, user, actor): Promise<SetGroupProfilesState> => {
    if (!(await isInScope(viewerOfUser(user), { groups: [groupId] })))
      return { error: 'not-found', saved: false };
    const result = await setGroupProfiles(groupId, profileIds, actor);
    if (!result.ok)
      return { error: result.code === 'not_found' ? 'not-found' : 'unknown-profiles', saved: false };
    revalidatePath(`/groups/${groupId}/compliance`);
    return { error: null, saved: true };
  },
);
