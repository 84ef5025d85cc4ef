import { spfPublishedShare } from '@/audit/received-mail/spf-published-share';
import type { MailPeriodCounts, MethodCounts } from './read-mail-periods';

/** The survey's headline figures: SPF published (the CLI's `spfPublishedShare`), and each pass share. */
export const MAIL_HEADLINES = ['spfPublished', 'spfPass', 'dkimPass', 'dmarcPass'] as const;
export type MailHeadline = (typeof MAIL_HEADLINES)[number];
export type MailBasis = 'messages' | 'domains';

export interface MailBasisFigures {
  /** Messages, or distinct sender domains: the denominator of the shares. */
  total: number;
  results: MethodCounts;
  /** Fractions 0–1, 4 decimals (as the CLI's); null when there is nothing to divide by. */
  shares: Record<MailHeadline, number | null>;
  /** Percentage points since the previous period, 2 decimals; null when the two are not comparable. */
  change: Record<MailHeadline, number | null> | null;
}

export interface MailPeriod {
  start: string;
  /** How many data sources the period's figures come from ("data from N sources"). */
  sources: number;
  sourceIds: string[];
  /**
   * True when the period before this one is missing or had other sources: the series breaks here,
   * and no change is given, since figures from different sources are not comparable.
   */
  breakBefore: boolean;
  messages: MailBasisFigures;
  domains: MailBasisFigures;
}

/**
 * Shares, point changes and breaks of a series of periods (oldest first). A period follows on from
 * the previous one only when it is the next calendar week or month and has the same set of sources:
 * the survey's rule that months with a different number of contributing providers are not compared,
 * extended to a changed set of sources (one carrier swapped for another is no more comparable).
 */
export function mailSeries(periods: readonly MailPeriodCounts[], by: 'week' | 'month'): MailPeriod[] {
  const shaped: MailPeriod[] = [];
  let previous: { counts: MailPeriodCounts; shaped: MailPeriod } | null = null;
  for (const counts of periods) {
    const follows =
      previous !== null &&
      nextStart(previous.counts.start, by) === counts.start &&
      previous.counts.sourceIds.join() === counts.sourceIds.join();
    const before = follows ? previous?.shaped : undefined;
    const period: MailPeriod = {
      start: counts.start,
      sources: counts.sourceIds.length,
      sourceIds: counts.sourceIds,
      breakBefore: previous !== null && !follows,
      messages: figures(counts.byMessages, counts.messages, before?.messages),
      domains: figures(counts.byDomains, counts.senderDomains, before?.domains),
    };
    shaped.push(period);
    previous = { counts, shaped: period };
  }
  return shaped;
}

function figures(
  results: MethodCounts,
  total: number,
  before: MailBasisFigures | undefined,
): MailBasisFigures {
  const share = (n: number | undefined) =>
    total === 0 ? null : Math.round(((n ?? 0) / total) * 10_000) / 10_000;
  const shares: Record<MailHeadline, number | null> = {
    spfPublished: spfPublishedShare(results.spf, total),
    spfPass: share(results.spf.pass),
    dkimPass: share(results.dkim.pass),
    dmarcPass: share(results.dmarc.pass),
  };
  const change =
    before === undefined
      ? null
      : (Object.fromEntries(
          MAIL_HEADLINES.map((h) => [h, pointsBetween(before.shares[h], shares[h])]),
        ) as Record<MailHeadline, number | null>);
  return { total, results, shares, change };
}

function pointsBetween(from: number | null, to: number | null): number | null {
  return from === null || to === null ? null : Math.round((to - from) * 10_000) / 100;
}

/** The start of the week or month after `start` ('YYYY-MM-DD'), on the calendar (UTC arithmetic). */
export function nextStart(start: string, by: 'week' | 'month'): string {
  const date = new Date(`${start}T00:00:00Z`);
  if (by === 'week') date.setUTCDate(date.getUTCDate() + 7);
  else date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
}
