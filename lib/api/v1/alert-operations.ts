import { z } from 'zod';
import { ALERT_DIGESTS, ALERT_RULE_KINDS, alertRuleFields } from '@/lib/alerts/alert-rule-input';
import { defineOperation } from './api-operation';
import { apiDateTime, idParams, pageCursor, pageLimit, pageOf } from './api-schemas';

export const alertRuleItem = z.object({
  id: z.uuid(),
  name: z.string(),
  enabled: z.boolean(),
  kind: z.enum(ALERT_RULE_KINDS),
  params: z.record(z.string(), z.unknown()).describe('Settings of the kind; see docs/alerts.md'),
  groupId: z.uuid().nullable().describe('null: every domain'),
  groupName: z.string().nullable(),
  emails: z.array(z.string()),
  webhookHost: z.string().nullable().describe("The webhook URL's host (and port); null: no webhook"),
  webhookUrl: z
    .string()
    .nullable()
    .optional()
    .describe('The whole webhook URL; only to admins (it may carry a credential)'),
  digest: z.enum(ALERT_DIGESTS),
  webhookSecret: z
    .string()
    .nullable()
    .optional()
    .describe('The HMAC key of Kensa-Signature; only to admins that may write'),
  createdAt: apiDateTime,
  updatedAt: apiDateTime,
});

const ruleBody = alertRuleFields.extend({
  enabled: alertRuleFields.shape.enabled.default(true),
  params: alertRuleFields.shape.params.default({}),
  groupId: alertRuleFields.shape.groupId.default(null),
  emails: alertRuleFields.shape.emails.default([]),
  webhookUrl: alertRuleFields.shape.webhookUrl.default(null),
  digest: alertRuleFields.shape.digest.default('none'),
});

export const listAlertRulesOperation = defineOperation({
  method: 'GET',
  path: '/alerts/rules',
  operationId: 'listAlertRules',
  tag: 'Alerts',
  summary: 'Every alert rule',
  access: 'read',
  response: z.object({ items: z.array(alertRuleItem) }),
});

export const createAlertRuleOperation = defineOperation({
  method: 'POST',
  path: '/alerts/rules',
  operationId: 'createAlertRule',
  tag: 'Alerts',
  summary: 'Create an alert rule (a webhook gets a signing secret, returned here)',
  description:
    'Kinds and their params: record_lost {metric}; finding_appeared {findingId?, minSeverity?}; ' +
    "dkim_key_age {days}; adoption_fell {metric, points, compare: 'previous-day'|'previous-week'}; " +
    'dmarc_unapproved_source {}; dmarc_report_missing {days}; compliance_exception_expired {}; ' +
    'target_behind {} (a target of the group, or of any group, fell behind its trajectory). ' +
    'At least one e-mail address or a webhook URL; only admins set webhookUrl (403 otherwise), and ' +
    'an internal address not allowed by KENSA_WEBHOOK_ALLOW is 400 webhook_refused.',
  access: 'write',
  status: 201,
  body: ruleBody,
  response: alertRuleItem,
});

export const getAlertRuleOperation = defineOperation({
  method: 'GET',
  path: '/alerts/rules/{id}',
  operationId: 'getAlertRule',
  tag: 'Alerts',
  summary: 'One alert rule',
  access: 'read',
  params: idParams,
  response: alertRuleItem,
});

export const updateAlertRuleOperation = defineOperation({
  method: 'PATCH',
  path: '/alerts/rules/{id}',
  operationId: 'updateAlertRule',
  tag: 'Alerts',
  summary: 'Change some fields of an alert rule (the whole rule must stay valid)',
  description: "Only admins change webhookUrl (403 otherwise); an editor's change keeps the webhook.",
  access: 'write',
  params: idParams,
  body: alertRuleFields.partial().strict(),
  response: alertRuleItem,
});

export const deleteAlertRuleOperation = defineOperation({
  method: 'DELETE',
  path: '/alerts/rules/{id}',
  operationId: 'deleteAlertRule',
  tag: 'Alerts',
  summary: 'Delete an alert rule with its matches and delivery history',
  access: 'write',
  status: 204,
  params: idParams,
});

export const alertDeliveryItem = z.object({
  id: z.uuid(),
  createdAt: apiDateTime,
  ruleId: z.uuid(),
  ruleName: z.string(),
  channel: z.enum(['email', 'webhook']),
  target: z.string().describe('The addresses, or the webhook URL (only its host to anyone but an admin)'),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  lastAttemptAt: apiDateTime.nullable(),
  sentAt: apiDateTime.nullable(),
  matchCount: z.number().int(),
});

export const listAlertDeliveriesOperation = defineOperation({
  method: 'GET',
  path: '/alerts/deliveries',
  operationId: 'listAlertDeliveries',
  tag: 'Alerts',
  summary: 'The delivery history, newest first',
  access: 'read',
  query: z.object({
    status: z.enum(['pending', 'sent', 'failed']).optional(),
    rule: z.uuid().optional().describe('Only this rule'),
    limit: pageLimit,
    cursor: pageCursor,
  }),
  response: pageOf(alertDeliveryItem),
});

export const ALERT_OPERATIONS = [
  listAlertRulesOperation,
  createAlertRuleOperation,
  getAlertRuleOperation,
  updateAlertRuleOperation,
  deleteAlertRuleOperation,
  listAlertDeliveriesOperation,
];
