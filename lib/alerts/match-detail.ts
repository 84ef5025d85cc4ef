import { z } from 'zod';
import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';

const localized = z.object({ en: z.string(), ja: z.string() });

const domainFields = {
  domainId: z.uuid(),
  /** A-label form, as registered (validated names, never free DNS text). */
  domain: z.string(),
  /** When the scan that showed the change finished (ISO). */
  at: z.string(),
};

/**
 * What one match says, stored in alert_matches.detail and copied into deliveries. Only ids, names
 * and numbers: raw DNS text (record values, evidence) never goes into a mail header or body.
 */
export const matchDetail = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('record_lost'), metric: z.enum(ADOPTION_METRICS), ...domainFields }),
  z.object({
    kind: z.literal('finding_appeared'),
    findingId: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    ...domainFields,
  }),
  z.object({
    kind: z.literal('dkim_key_age'),
    selector: z.string(),
    fingerprint: z.string(),
    firstSeenAt: z.string(),
    ageDays: z.number().int(),
    ...domainFields,
  }),
  z.object({
    kind: z.literal('dmarc_unapproved_source'),
    /** Normalised by the report parser (an IP address, nothing else). */
    sourceIp: z.string(),
    messages: z.number().int(),
    ...domainFields,
  }),
  z.object({
    kind: z.literal('dmarc_report_missing'),
    /** When the domain's last report arrived (ISO). */
    lastReceivedAt: z.string(),
    days: z.number().int(),
    ...domainFields,
  }),
  z.object({
    kind: z.literal('compliance_exception_expired'),
    exceptionId: z.uuid(),
    /** The exception's subject: a domain, or a whole group (domainId null). */
    domainId: z.uuid().nullable(),
    groupId: z.uuid().nullable(),
    /** The domain's A-label or the group's name. */
    domain: z.string(),
    profile: z.object({ en: z.string(), ja: z.string() }),
    requirement: z.string(),
    /** The first day it no longer applied. */
    expiresOn: z.string(),
    /** When the expiry was noticed (ISO). */
    at: z.string(),
  }),
  z.object({
    kind: z.literal('compliance_lost'),
    profileId: z.string(),
    /** The profile's and requirement's names when it fired (an administrator's text for their own). */
    profileName: localized,
    /** null: the profile as a whole. */
    requirement: z.string().nullable(),
    requirementTitle: localized.nullable(),
    ...domainFields,
  }),
  z.object({
    kind: z.literal('compliance_below'),
    groupId: z.string(),
    groupName: z.string(),
    profileId: z.string(),
    profileName: localized,
    /** The rule's threshold, and the share before (null: no earlier day) and on `day`, 0–100. */
    percent: z.number(),
    fromPercent: z.number().nullable(),
    toPercent: z.number(),
    day: z.string(),
    at: z.string(),
  }),
  z.object({
    kind: z.literal('adoption_fell'),
    /** 'all' or a group id. */
    scope: z.string(),
    scopeName: z.string().nullable(),
    metric: z.enum(ADOPTION_METRICS),
    day: z.string(),
    baselineDay: z.string(),
    fromPercent: z.number(),
    toPercent: z.number(),
    at: z.string(),
  }),
  z.object({
    kind: z.literal('target_behind'),
    targetId: z.uuid(),
    groupId: z.uuid(),
    groupName: z.string(),
    /** What the target measures, in both languages (a custom profile's name is an admin's text). */
    label: z.object({ en: z.string(), ja: z.string() }),
    percent: z.number(),
    deadline: z.string(),
    /** The first day of this stretch behind the trajectory, and the day evaluated. */
    since: z.string(),
    day: z.string(),
    actualPercent: z.number(),
    expectedPercent: z.number(),
    at: z.string(),
  }),
]);

export type MatchDetail = z.infer<typeof matchDetail>;

/** A match about to be stored: its dedupe key makes re-evaluation add nothing. */
export interface NewMatch {
  domainId: string | null;
  dedupeKey: string;
  detail: MatchDetail;
}
