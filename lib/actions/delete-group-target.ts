'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { viewerOfUser } from '@/lib/auth/viewer';
import { getGroupTarget } from '@/lib/queries/get-group-target';
import { deleteGroupTarget } from '@/lib/targets/delete-group-target';
import type { TargetFormState } from './create-group-target';
import { defineAction } from './define-action';

/** Deletes a target. Editors and admins, within their group scope. */
export const deleteGroupTargetAction = defineAction(
  {
    role: 'editor',
    input: z.object({ targetId: z.uuid() }),
    read: (_previous: TargetFormState, form: FormData) => ({ targetId: form.get('targetId') }),
    invalid: { error: 'invalid', saved: false } as TargetFormState,
  },
  async ({ targetId }, user, actor): Promise<TargetFormState> => {
    const target = await getGroupTarget(viewerOfUser(user), targetId);
    if (!target || !(await deleteGroupTarget(targetId, actor))) return { error: 'not_found', saved: false };
    revalidatePath(`/groups/${target.groupId}`);
    return { error: null, saved: true };
  },
);
