import { z } from 'zod';
import { ALERT_RULE_KINDS } from './alert-rule-input';
import { matchDetail } from './match-detail';

/** Matches listed by name in one mail or webhook call; a digest of more gives the count and the first ones. */
export const MAX_LISTED_MATCHES = 100;

/**
 * What one delivery carries, fixed when it is created (alert_deliveries.payload): the rule as it was
 * then and the matches, so a retry sends the same content and the history shows what went out.
 */
export const alertPayload = z.object({
  rule: z.object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(ALERT_RULE_KINDS),
    digest: z.enum(['none', 'hourly', 'daily']),
    /** The rule's settings (lib/alerts/rule-params.ts), as they were. */
    params: z.record(z.string(), z.unknown()),
  }),
  /** All matches of the delivery; `matches` lists at most MAX_LISTED_MATCHES of them. */
  total: z.number().int(),
  matches: z.array(z.object({ id: z.uuid(), detail: matchDetail })),
});

export type AlertPayload = z.infer<typeof alertPayload>;
