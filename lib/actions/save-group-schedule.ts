'use server';

import { viewerOfUser } from '@/lib/auth/viewer';
import { isInScope } from '@/lib/queries/is-in-scope';
import {
  type GroupScheduleInput,
  groupScheduleInput,
  updateGroupSchedule,
} from '@/lib/schedules/update-group-schedule';
import { defineAction } from './define-action';

/** Saves a group's schedule (none, daily, weekly or a cron expression in a time zone) and its scheduler. */
export const saveGroupScheduleAction = defineAction(
  {
    role: 'editor',
    input: groupScheduleInput,
    read: (input: GroupScheduleInput) => input,
    invalid: { error: 'invalid schedule' } as { ok: true } | { error: string },
  },
  async (input, user, actor): Promise<{ ok: true } | { error: string }> => {
    if (!(await isInScope(viewerOfUser(user), { groups: [input.groupId] })))
      return { error: 'group not found' };
    const result = await updateGroupSchedule(input, actor);
    return result.ok ? { ok: true } : { error: result.error };
  },
);
