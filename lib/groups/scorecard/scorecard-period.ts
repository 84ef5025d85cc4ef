import { addDays, type Day } from '@/lib/history/day-of';

/**
 * The period a scorecard mail covers, as its key: the ISO 8601 week ('2026-W50', weeks start on
 * Monday, week 1 holds the year's first Thursday) or the month ('2026-12') of `day`. One mail per
 * group, period and language: the first scheduler firing of a new period sends it, so a worker that
 * was down on Monday morning still sends that week's mail when it is back.
 */
export function scorecardPeriod(schedule: 'weekly' | 'monthly', day: Day): string {
  if (schedule === 'monthly') return day.slice(0, 7);
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = addDays(day, 3 - weekday);
  const year = thursday.slice(0, 4);
  const jan1 = new Date(`${year}-01-01T00:00:00Z`).getTime();
  const week = Math.floor((new Date(`${thursday}T00:00:00Z`).getTime() - jan1) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
