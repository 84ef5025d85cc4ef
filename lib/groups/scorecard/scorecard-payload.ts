import { z } from 'zod';
import { REQUIREMENT_STATUSES } from '@/lib/compliance/profile-schema';
import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';
import { CONTACT_LANGUAGES } from '../contacts/contact-fields';

/** Domains whose status changed listed by name in one mail; the count is always whole. */
export const LISTED_CHANGES = 50;

const share = z.object({ percent: z.number().nullable(), count: z.number().int(), known: z.number().int() });
const status = z.enum(REQUIREMENT_STATUSES);

/** lib/queries/get-group-scorecard.ts's answer as stored in a mail's payload. */
export const scorecardSnapshot = z.object({
  group: z.object({ id: z.uuid(), name: z.string() }),
  day: z.string().nullable(),
  adoption: z.array(share.extend({ metric: z.enum(ADOPTION_METRICS) })),
  compliance: z.array(
    share.extend({ profileId: z.uuid(), name: z.object({ en: z.string(), ja: z.string() }) }),
  ),
  domains: z.array(z.object({ id: z.uuid(), name: z.string(), statuses: z.record(z.string(), status) })),
  memberCount: z.number().int(),
});

export type ScorecardSnapshot = z.infer<typeof scorecardSnapshot>;

export const statusChange = z.object({
  name: z.string(),
  profileId: z.uuid(),
  from: status,
  to: status,
});

export type StatusChange = z.infer<typeof statusChange>;

/** An approved comply-or-explain exception of the group or a member that expires soon. */
export const expiringException = z.object({
  /** The domain's name, or the group's for a group-wide exception. */
  subject: z.string(),
  profile: z.object({ en: z.string(), ja: z.string() }),
  requirement: z.string(),
  requirementTitle: z.object({ en: z.string(), ja: z.string() }).nullable(),
  expiresOn: z.string(),
});

/**
 * What one scorecard mail carries (group_scorecard_mails.payload), fixed when it is created: the
 * scorecard then (kept whole: the next mail's changes are counted from it), the figures of the
 * previous mail sent, the domains whose compliance status changed since it, and the exceptions
 * that expire soon.
 */
export const scorecardMailPayload = z.object({
  period: z.string(),
  language: z.enum(CONTACT_LANGUAGES),
  scorecard: scorecardSnapshot,
  previous: scorecardSnapshot.omit({ domains: true }).extend({ period: z.string() }).nullable(),
  changed: z.object({ total: z.number().int(), items: z.array(statusChange) }),
  /** Exceptions expiring within EXPIRING_WITHIN_DAYS (mails made before this field: none). */
  expiring: z.array(expiringException).default([]),
});

export type ScorecardMailPayload = z.infer<typeof scorecardMailPayload>;
