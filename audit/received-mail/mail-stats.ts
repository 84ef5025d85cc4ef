import type { Buffer } from 'node:buffer';
import { type MessageOutcome, messageClassifier } from './classify-message';
import { PeriodCalendar, type PeriodUnit } from './period-start';
import { type PeriodStats, PeriodTally } from './period-tally';

/** Received-mail statistics of one run over some mailboxes (issue 13's `mail-stats --json`). */
export interface MailStats {
  /** counted + untrusted + duplicates + malformed. */
  messages: number;
  counted: number;
  untrusted: number;
  duplicates: number;
  malformed: number;
  /** Counted messages by week or month, oldest first. */
  periods: PeriodStats[];
}

export interface MailStatsOptions {
  /** Authserv-ids whose fields count, in any case. */
  trusted: readonly string[];
  by: PeriodUnit;
  timeZone: string;
}

/**
 * Adds up messages one header block at a time, in constant memory per period and sender domain
 * (plus the Message-IDs seen, to count a duplicate once across every path of a run).
 */
export class MailStatsTally {
  private readonly classify: (block: Buffer | null) => MessageOutcome;
  private readonly calendar: PeriodCalendar;
  private readonly seen = new Set<string>();
  private readonly periods = new Map<string, PeriodTally>();
  private readonly counts = { counted: 0, untrusted: 0, duplicates: 0, malformed: 0 };

  constructor(options: MailStatsOptions) {
    this.classify = messageClassifier(options.trusted);
    this.calendar = new PeriodCalendar(options.by, options.timeZone);
  }

  add(block: Buffer | null): void {
    const outcome = this.classify(block);
    if (outcome.messageId !== null) {
      if (this.seen.has(outcome.messageId)) {
        this.counts.duplicates++;
        return;
      }
      this.seen.add(outcome.messageId);
    }
    this.counts[outcome.kind]++;
    if (outcome.kind !== 'counted') return;
    const start = this.calendar.periodStart(outcome.receivedAt);
    let period = this.periods.get(start);
    if (!period) {
      period = new PeriodTally(start);
      this.periods.set(start, period);
    }
    period.add(outcome.verdicts);
  }

  result(): MailStats {
    const { counted, untrusted, duplicates, malformed } = this.counts;
    const periods = [...this.periods.values()].sort((a, b) => (a.start < b.start ? -1 : 1));
    return {
      messages: counted + untrusted + duplicates + malformed,
      counted,
      untrusted,
      duplicates,
      malformed,
      periods: periods.map((period) => period.result()),
    };
  }
}
