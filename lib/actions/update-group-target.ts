'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { viewerOfUser } from '@/lib/auth/viewer';
import { getGroupTarget } from '@/lib/queries/get-group-target';
import { milestonesOfText, percentOfText } from '@/lib/targets/target-form-fields';
import { targetPlanSchema } from '@/lib/targets/target-schema';
import { updateGroupTarget } from '@/lib/targets/update-group-target';
import type { TargetFormState } from './create-group-target';
import { defineAction } from './define-action';

/** Changes a target's percentage, deadline and milestones. Editors and admins, within their group scope. */
export const updateGroupTargetAction = defineAction(
  {
    role: 'editor',
    input: z.object({ targetId: z.uuid(), plan: targetPlanSchema }),
    read: (_previous: TargetFormState, form: FormData) => ({
      targetId: form.get('targetId'),
      plan: {
        percent: percentOfText(form.get('percent')),
        deadline: form.get('deadline'),
        milestones: milestonesOfText(form.get('milestones')),
      },
    }),
    invalid: { error: 'invalid', saved: false } as TargetFormState,
  },
  async ({ targetId, plan }, user, actor): Promise<TargetFormState> => {
    const target = await getGroupTarget(viewerOfUser(user), targetId);
    if (!target) return { error: 'not_found', saved: false };
    const result = await updateGroupTarget(targetId, plan, actor);
    if (!result.ok) return { error: result.code, saved: false };
    revalidatePath(`/groups/${target.groupId}`);
    return { error: null, saved: true };
  },
);
