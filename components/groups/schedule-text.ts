import type { Translate } from '@/lib/i18n/translate';

/** A group's schedule in words ("weekly · Asia/Tokyo"). */
export function scheduleText(
  group: { scheduleKind: string; scheduleCron: string | null; scheduleTimeZone: string },
  t: Translate,
): string {
  switch (group.scheduleKind) {
    case 'daily':
      return `${t('groups.schedule.daily')} · ${group.scheduleTimeZone}`;
    case 'weekly':
      return `${t('groups.schedule.weekly')} · ${group.scheduleTimeZone}`;
    case 'cron':
      return `${t('groups.schedule.cron', { cron: group.scheduleCron ?? '' })} · ${group.scheduleTimeZone}`;
    default:
      return t('groups.schedule.none');
  }
}
