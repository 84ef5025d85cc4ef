import type { AlertRule } from '@/generated/prisma/client';
import { hasRole, type Role } from '@/lib/auth/roles';
import { parseRuleParams, type RuleParams } from './rule-params';

/** A rule as pages and the API show it (the webhook URL and secret only where the caller may see them). */
export interface AlertRuleView {
  id: string;
  name: string;
  enabled: boolean;
  kind: AlertRule['kind'];
  params: RuleParams;
  groupId: string | null;
  groupName: string | null;
  emails: string[];
  /** The webhook's host (and port): what everyone may see of it; null without a webhook. */
  webhookHost: string | null;
  /** The whole URL for admins only; null for others and without a webhook. */
  webhookUrl: string | null;
  digest: AlertRule['digest'];
  createdAt: Date;
  updatedAt: Date;
}

/**
 * Whether `role` sees and sets webhook URLs and signing secrets: admins only. A URL often carries
 * a credential (a token in its path or query), and its secret lets one forge Kensa's calls.
 */
export function managesWebhooks(role: Role): boolean {
  return hasRole(role, 'admin');
}

/** "hooks.example.jp:8443" of a webhook URL: all that editors and viewers are shown. */
export function webhookHost(url: string): string {
  return URL.canParse(url) ? new URL(url).host : '';
}

export function toAlertRuleView(
  rule: AlertRule & { group: { name: string } | null },
  role: Role,
): AlertRuleView {
  return {
    id: rule.id,
    name: rule.name,
    enabled: rule.enabled,
    kind: rule.kind,
    params: parseRuleParams(rule.kind, rule.params),
    groupId: rule.groupId,
    groupName: rule.group?.name ?? null,
    emails: rule.emails,
    webhookHost: rule.webhookUrl ? webhookHost(rule.webhookUrl) : null,
    webhookUrl: managesWebhooks(role) ? rule.webhookUrl : null,
    digest: rule.digest,
    createdAt: rule.createdAt,
    updatedAt: rule.updatedAt,
  };
}
