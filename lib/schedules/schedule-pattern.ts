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
 * A group may be scanned at most every 15 minutes: a full audit of a large group costs thousands of
 * DNS queries to other people's servers, and a run cannot usefully start before the last one ends.
 */
export const MIN_SCHEDULE_GAP_MINUTES = 15;
/** Firings looked at: enough to meet a pattern's closest pair within its day, week, month or year. */
const FIRINGS_CHECKED = 400;

/** The shortest gap between the pattern's next firings, in ms (undefined: it never fires). */
function shortestGap(pattern: string, tz: string): number | undefined {
  let previous = getNextMillis(Date.now(), { pattern, tz });
  if (previous === undefined) return undefined;
  let shortest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < FIRINGS_CHECKED; i++) {
    const next = getNextMillis(previous, { pattern, tz });
    if (next === undefined) break;
    shortest = Math.min(shortest, next - previous);
    previous = next;
  }
  return shortest;
}

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

/**
 * What every write of a schedule (the group page, the API) checks: a valid pattern that fires at most
 * every MIN_SCHEDULE_GAP_MINUTES. The workers' sync takes what is stored as it is (schedulePattern).
 */
export function checkNewSchedule(setting: ScheduleSetting): ScheduleCheck {
  const check = schedulePattern(setting);
  if (!check.ok || !check.repeat) return check;
  const gap = shortestGap(check.repeat.pattern, check.repeat.tz);
  if (gap !== undefined && gap < MIN_SCHEDULE_GAP_MINUTES * 60_000)
    return {
      ok: false,
      error: `cron expression "${check.repeat.pattern}" fires more often than every ${MIN_SCHEDULE_GAP_MINUTES} minutes`,
    };
  return check;
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name.length > 0;
  } catch {
    return false;
  }
}
