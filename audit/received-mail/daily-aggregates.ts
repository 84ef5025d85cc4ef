import type { AuthenticationVerdicts } from './authentication-verdicts';
import { PeriodCalendar } from './period-start';

/** Counted messages of one day, sender organisational domain and SPF/DKIM/DMARC result triple. */
export interface DailyAggregateRow {
  /** 'YYYY-MM-DD' in the time zone the aggregator was made with. */
  day: string;
  /** '' when the message named no sender domain (a null sender without From). */
  senderDomain: string;
  spf: string;
  dkim: string;
  dmarc: string;
  messages: number;
}

/**
 * Groups counted messages into the rows a data source stores: aggregates, not messages, so a year of
 * a carrier's mail is days × sender domains × the few result triples seen. Shares by week or month,
 * by message or by distinct sender domain, are sums over these rows.
 */
export class DailyAggregator {
  private readonly calendar: PeriodCalendar;
  private readonly rows = new Map<string, DailyAggregateRow>();

  constructor(timeZone: string) {
    this.calendar = new PeriodCalendar('day', timeZone);
  }

  add(receivedAt: number, verdicts: AuthenticationVerdicts): void {
    const day = this.calendar.periodStart(receivedAt);
    const senderDomain = verdicts.senderDomain ?? '';
    const key = JSON.stringify([day, senderDomain, verdicts.spf, verdicts.dkim, verdicts.dmarc]);
    const row = this.rows.get(key);
    if (row) row.messages++;
    else
      this.rows.set(key, {
        day,
        senderDomain,
        spf: verdicts.spf,
        dkim: verdicts.dkim,
        dmarc: verdicts.dmarc,
        messages: 1,
      });
  }

  result(): DailyAggregateRow[] {
    return [...this.rows.values()];
  }
}
