import type { AuthenticationVerdicts } from './authentication-verdicts';
import { spfPublishedShare } from './spf-published-share';

/** One week's or month's counted messages (issue 13's `periods[]`). */
export interface PeriodStats {
  /** 'YYYY-MM-DD': the ISO week's Monday or the month's 1st in the run's time zone. */
  start: string;
  messages: number;
  /** Distinct sender organisational domains. */
  senderDomains: number;
  /** Messages per normalised result; results never seen are left out. */
  spf: Record<string, number>;
  dkim: Record<string, number>;
  dmarc: Record<string, number>;
  /** `spfPublishedShare` of the period's messages (spf-published-share.ts). */
  spfPublishedShare: number | null;
}

/** Counts for one period while a run adds messages. */
export class PeriodTally {
  private messages = 0;
  private readonly domains = new Set<string>();
  private readonly spf = new Map<string, number>();
  private readonly dkim = new Map<string, number>();
  private readonly dmarc = new Map<string, number>();

  constructor(readonly start: string) {}

  add(verdicts: AuthenticationVerdicts): void {
    this.messages++;
    if (verdicts.senderDomain !== null) this.domains.add(verdicts.senderDomain);
    increment(this.spf, verdicts.spf);
    increment(this.dkim, verdicts.dkim);
    increment(this.dmarc, verdicts.dmarc);
  }

  result(): PeriodStats {
    const spf = sorted(this.spf);
    return {
      start: this.start,
      messages: this.messages,
      senderDomains: this.domains.size,
      spf,
      dkim: sorted(this.dkim),
      dmarc: sorted(this.dmarc),
      spfPublishedShare: spfPublishedShare(spf, this.messages),
    };
  }
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Results in alphabetical order, so the JSON is the same from run to run. */
function sorted(counts: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
}
