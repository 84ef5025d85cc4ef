import type { AlertRule } from '@/generated/prisma/client';
import { parseRuleParams, type RuleParams } from './rule-params';

/** A rule as pages and the API show it (the webhook secret only where the caller may see it). */
export interface AlertRuleView {
  id: string;
  name: string;
  enabled: boolean;
  kind: AlertRule['kind'];
  params: RuleParams;
  groupId: string | null;
  groupName: string | null;
  emails: string[];
  webhookUrl: string | null;
  digest: AlertRule['digest'];
  createdAt: Date;
  updatedAt: Date;
}

export function toAlertRuleView(rule: AlertRule & { group: { name: string } | null }): AlertRuleView {
  return {
    id: rule.id,
    name: rule.name,
    enabled: rule.enabled,
    kind: rule.kind,
    params: parseRuleParams(rule.kind, rule.params),
    groupId: rule.groupId,
    groupName: rule.group?.name ?? null,
    emails: rule.emails,
    webhookUrl: rule.webhookUrl,
    digest: rule.digest,
    createdAt: rule.createdAt,
    updatedAt: rule.updatedAt,
  };
}
