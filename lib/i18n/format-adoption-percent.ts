import { formatPercent } from './format';
import type { Locale } from './messages';
import type { Translate } from './translate';

/** The counts behind one metric's share (lib/history/read-adoption-days.ts MetricCount). */
interface Share {
  percent: number | null;
  known: number;
  domains: number;
}

/**
 * A metric's share as a percentage, or "not measured" when domains were counted but none has a
 * known result for it (STARTTLS while SMTP probing is off, a check newer than the day): never 0%.
 */
export function formatAdoptionPercent(share: Share | null, locale: Locale, t: Translate): string {
  if (share !== null && share.domains > 0 && share.known === 0) return t('metric.notMeasured');
  return formatPercent(share?.percent == null ? null : share.percent / 100, locale);
}
