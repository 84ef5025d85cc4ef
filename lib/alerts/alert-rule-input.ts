import { z } from 'zod';
import { ruleParams } from './rule-params';

export const ALERT_RULE_KINDS = [
  'record_lost',
  'finding_appeared',
  'dkim_key_age',
  'adoption_fell',
  'dmarc_unapproved_source',
  'dmarc_report_missing',
  'compliance_exception_expired',
  'target_behind',
  'compliance_lost',
  'compliance_below',
] as const;
export const ALERT_DIGESTS = ['none', 'hourly', 'daily'] as const;

/** Each field of a rule as every writer (the alerts page, the API) accepts it. */
export const alertRuleFields = z.object({
  name: z.string().trim().min(1).max(100),
  enabled: z.boolean(),
  kind: z.enum(ALERT_RULE_KINDS),
  /** Checked against `kind` by rule-params.ts (see alertRuleInput). */
  params: z.record(z.string(), z.unknown()),
  /** Only this group's domains (membership on the day of each scan); null = every domain. */
  groupId: z.uuid().nullable(),
  emails: z.array(z.email().max(254).toLowerCase()).max(20),
  /** POSTed with a signed JSON body; http(s) only, redirects are not followed. */
  webhookUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable(),
  digest: z.enum(ALERT_DIGESTS),
});

/**
 * A whole rule: params valid for its kind (stored without the kind) and at least one channel, or
 * nothing would ever be told.
 */
export const alertRuleInput = alertRuleFields
  .superRefine((rule, context) => {
    const params = ruleParams.safeParse({ ...rule.params, kind: rule.kind });
    for (const issue of params.success ? [] : params.error.issues)
      context.addIssue({ code: 'custom', message: issue.message, path: ['params', ...issue.path] });
    if (rule.emails.length === 0 && !rule.webhookUrl)
      context.addIssue({
        code: 'custom',
        message: 'give e-mail addresses or a webhook URL',
        path: ['emails'],
      });
  })
  .transform((rule) => {
    const { kind: _kind, ...params } = ruleParams.parse({ ...rule.params, kind: rule.kind });
    return { ...rule, params };
  });

export type AlertRuleInput = z.output<typeof alertRuleInput>;
