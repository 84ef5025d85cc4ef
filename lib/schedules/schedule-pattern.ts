import { getNextMillis } from 'bullmq';

export type ScheduleKind = 'none' | 'daily' | 'weekly' | 'cron';

export interface ScheduleSetting {
  kind: ScheduleKind;
  cron: string | null;
  timeZone: string;
}

/** What a BullMQ job scheduler is given: a cron pattern read in an IANA time zone. */
export interface SchedulerRepeat {
  pattern: string;
  tz: string;
}

/** Daily and weekly runs start at 02:00 in the group's time zone (weekly: on Mondays), off-hours. */
const DAILY = '0 2 * * *';
const WEEKLY = '0 2 * * 1';

export type ScheduleCheck = { ok: true; repeat: SchedulerRepeat | null } | { ok: false; error: string };

/**
 * The scheduler a group's setting asks for (null: none), or why it cannot be scheduled. Cron
 * expressions (5 fields, or 6 with seconds first) are checked with the parser BullMQ itself uses, so
 * what is saved is what BullMQ will accept.
 */
export function schedulePattern(setting: ScheduleSetting): ScheduleCheck {
  if (!isTimeZone(setting.timeZone)) return { ok: false, error: `unknown time zone "${setting.timeZone}"` };
  const tz = setting.timeZone;
  switch (setting.kind) {
    case 'none':
      return { ok: true, repeat: null };
    case 'daily':
      return { ok: true, repeat: { pattern: DAILY, tz } };
    case 'weekly':
      return { ok: true, repeat: { pattern: WEEKLY, tz } };
    case 'cron': {
      const pattern = setting.cron?.trim().replace(/\s+/g, ' ') ?? '';
      const fields = pattern.split(' ').length;
      if (pattern === '' || fields < 5 || fields > 6)
        return { ok: false, error: 'a cron expression has 5 fields (or 6, seconds first)' };
      try {
        if (getNextMillis(Date.now(), { pattern, tz }) === undefined)
          return { ok: false, error: `cron expression "${pattern}" never fires` };
      } catch (error) {
        return { ok: false, error: `invalid cron expression "${pattern}": ${(error as Error).message}` };
      }
      return { ok: true, repeat: { pattern, tz } };
    }
  }
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name.length > 0;
  } catch {
    return false;
  }
}
