import { MAIL_HEADLINES, type MailBasis, type MailPeriod } from './mail-series';

export interface MailChartRows {
  rows: Array<{ key: string; label: string } & Record<string, string | number | null>>;
  /** One per break: the gap row's key, and the sources before and after. */
  breaks: Array<{ key: string; period: string; from: number; to: number }>;
}

/**
 * A series as chart rows: per period its headline shares in percent, and before each period that
 * breaks the series a gap row of nulls, so the lines stop there and a marker can stand on it.
 */
export function mailChartRows(
  periods: readonly MailPeriod[],
  basis: MailBasis,
  label: (start: string) => string,
): MailChartRows {
  const rows: MailChartRows['rows'] = [];
  const breaks: MailChartRows['breaks'] = [];
  periods.forEach((period, i) => {
    const previous = periods[i - 1];
    if (period.breakBefore && previous !== undefined) {
      const key = `break-${period.start}`;
      rows.push({ key, label: '', ...Object.fromEntries(MAIL_HEADLINES.map((h) => [h, null])) });
      breaks.push({ key, period: period.start, from: previous.sources, to: period.sources });
    }
    const shares = period[basis].shares;
    rows.push({
      key: period.start,
      label: label(period.start),
      ...Object.fromEntries(
        MAIL_HEADLINES.map((h) => {
          const share = shares[h];
          return [h, share === null ? null : Math.round(share * 10_000) / 100];
        }),
      ),
    });
  });
  return { rows, breaks };
}
