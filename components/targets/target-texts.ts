import { formatNumber, formatPercent } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import type { TargetProgress } from '@/lib/targets/target-progress';

/** "DMARC enforcing ≥ 95% by 2027-03-31" in the reader's language (the level as set, 97.5 stays 97.5). */
export function targetTitle(
  target: { label: string; percent: number; deadline: string },
  locale: Locale,
  t: Translate,
): string {
  const percent = `${formatNumber(target.percent, locale, { max: 2 })}%`;
  return t('targets.title', { target: target.label, percent, deadline: target.deadline });
}

/** "30 days left", "Deadline today" or "Deadline passed". */
export function daysLeftText({ daysLeft }: TargetProgress, t: Translate): string {
  if (daysLeft > 0) return t('targets.daysLeft', { days: daysLeft });
  return daysLeft === 0 ? t('targets.deadlineToday') : t('targets.deadlinePassed');
}

/** A 0–100 value as the dashboard writes it, '—' for none. */
export function percentText(value: number | null | undefined, locale: Locale): string {
  return formatPercent(value == null ? null : value / 100, locale);
}
