import type { AuditActor } from '@/lib/audit-log/record-audit-event';
import type { Viewer } from '@/lib/auth/viewer';
import { getGroup } from '@/lib/queries/get-group';
import type { GroupRow } from '@/lib/queries/list-groups';
import { checkNewSchedule } from '@/lib/schedules/schedule-pattern';
import { updateGroupSchedule } from '@/lib/schedules/update-group-schedule';
import { ApiProblem, notFound } from './api-problem';

type GroupFields = Pick<
  GroupRow,
  'id' | 'name' | 'description' | 'scheduleKind' | 'scheduleCron' | 'scheduleTimeZone'
>;

/** A group as the API answers with it. */
export function groupItemOf(group: GroupFields, members: number) {
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    schedule: {
      kind: group.scheduleKind,
      cron: group.scheduleCron,
      timeZone: group.scheduleTimeZone,
    },
    members,
  };
}

/** The group as the API answers with it, or 404. */
export async function readGroupItem(viewer: Viewer, id: string) {
  const group = await getGroup(viewer, id);
  if (!group) throw notFound('Group');
  return groupItemOf(group, group.memberCount);
}

export interface ScheduleInput {
  kind: 'none' | 'daily' | 'weekly' | 'cron';
  cron?: string | null | undefined;
  timeZone: string;
}

/** 400 `invalid_schedule` before anything is written, when BullMQ would refuse the schedule. */
export function checkSchedule(schedule: ScheduleInput | undefined): void {
  if (!schedule) return;
  const check = checkNewSchedule({ ...schedule, cron: schedule.cron ?? null });
  if (!check.ok) throw new ApiProblem(400, 'invalid_schedule', check.error);
}

/** Saves a checked schedule and syncs its scheduler (lib/schedules/update-group-schedule.ts). */
export async function saveSchedule(
  groupId: string,
  schedule: ScheduleInput | undefined,
  actor: AuditActor,
): Promise<void> {
  if (!schedule) return;
  const saved = await updateGroupSchedule({ groupId, ...schedule }, actor);
  if (!saved.ok && saved.code === 'not_found') throw notFound('Group');
  if (!saved.ok) throw new ApiProblem(400, 'invalid_schedule', saved.error);
}
