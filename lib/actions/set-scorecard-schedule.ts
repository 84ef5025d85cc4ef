'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { viewerOfUser } from '@/lib/auth/viewer';
import { SCORECARD_SCHEDULES, setScorecardSchedule } from '@/lib/groups/scorecard/set-scorecard-schedule';
import { isInScope } from '@/lib/queries/is-in-scope';
import { defineAction } from './define-action';

export interface SetScorecardScheduleState {
  error: 'invalid' | 'not-found' | null;
  saved: boolean;
}

/** Sets how often a group's contacts get its scorecard mail. Editors and admins, within their scope. */
export const setScorecardScheduleAction = defineAction(
  {
    role: 'editor',
    input: z.object({ groupId: z.uuid(), schedule: z.enum(SCORECARD_SCHEDULES) }),
    read: (_previous: SetScorecardScheduleState, form: FormData) => ({
      groupId: form.get('groupId'),
      schedule: form.get('schedule'),
    }),
    invalid: { error: 'invalid', saved: false } as SetScorecardScheduleState,
  },
  async ({ groupId, schedule }, user, actor): Promise<SetScorecardScheduleState> => {
    if (!(await isInScope(viewerOfUser(user), { groups: [groupId] })))
      return { error: 'not-found', saved: false };
    const result = await setScorecardSchedule(groupId, schedule, actor);
    if (!result.ok) return { error: 'not-found', saved: false };
    revalidatePath(`/groups/${groupId}/owners`);
    return { error: null, saved: true };
  },
);
