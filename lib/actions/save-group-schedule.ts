'use server';

import { requireUser } from '@/lib/auth/require-user';
import { type GroupScheduleInput, updateGroupSchedule } from '@/lib/schedules/update-group-schedule';

/** Saves a group's schedule (none, daily, weekly or a cron expression in a time zone) and its scheduler. */
export async function saveGroupSchedule(
  input: GroupScheduleInput,
): Promise<{ ok: true } | { error: string }> {
  await requireUser('admin');
  const result = await updateGroupSchedule(input);
  return result.ok ? { ok: true } : { error: result.error };
}
