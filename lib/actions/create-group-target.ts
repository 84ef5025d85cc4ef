'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { viewerOfUser } from '@/lib/auth/viewer';
import { isInScope } from '@/lib/queries/is-in-scope';
import { createGroupTarget, type TargetWriteError } from '@/lib/targets/create-group-target';
import { metricOfChoice, milestonesOfText, percentOfText } from '@/lib/targets/target-form-fields';
import { newTargetSchema } from '@/lib/targets/target-schema';
import { defineAction } from './define-action';

/** What the target forms' actions answer. */
export interface TargetFormState {
  error: TargetWriteError | 'invalid' | null;
  saved: boolean;
}

/** Gives a group a target (the group page's form). Editors and admins, within their group scope. */
export const createGroupTargetAction = defineAction(
  {
    role: 'editor',
    input: z.object({ groupId: z.uuid(), target: newTargetSchema }),
    read: (_previous: TargetFormState, form: FormData) => ({
      groupId: form.get('groupId'),
      target: {
        metric: metricOfChoice(form.get('metric')),
        percent: percentOfText(form.get('percent')),
        deadline: form.get('deadline'),
        milestones: milestonesOfText(form.get('milestones')),
      },
    }),
    invalid: { error: 'invalid', saved: false } as TargetFormState,
  },
  async ({ groupId, target }, user, actor): Promise<TargetFormState> => {
    if (!(await isInScope(viewerOfUser(user), { groups: [groupId] })))
      return { error: 'not_found', saved: false };
    const result = await createGroupTarget(groupId, target, actor);
    if (!result.ok) return { error: result.code, saved: false };
    revalidatePath(`/groups/${groupId}`);
    return { error: null, saved: true };
  },
);
