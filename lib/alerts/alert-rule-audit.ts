import { createHash } from 'node:crypto';
import type { Prisma } from '@/generated/prisma/client';

/**
 * A webhook URL as the audit log keeps it: the origin and a fingerprint of the whole URL. Webhook
 * URLs often carry their receiver's secret in the path (Slack, Teams), and the log is append-only,
 * so it must not keep one for its whole retention; a change of path still shows as a new fingerprint.
 */
export function webhookUrlForLog(url: string | null): string | null {
  if (!url) return null;
  const fingerprint = createHash('sha256').update(url).digest('hex').slice(0, 12);
  const origin = URL.canParse(url) ? new URL(url).origin : 'invalid';
  return `${origin}/… #${fingerprint}`;
}

interface StoredRule {
  name: string;
  enabled: boolean;
  kind: string;
  params: unknown;
  groupId: string | null;
  emails: string[];
  webhookUrl: string | null;
  digest: string;
}

/** A rule's settings for the audit log's before/after: never its signing secret, the URL redacted. */
export function alertRuleSnapshot(rule: StoredRule): Prisma.InputJsonObject {
  return {
    name: rule.name,
    enabled: rule.enabled,
    kind: rule.kind,
    params: (rule.params ?? {}) as Prisma.InputJsonObject,
    groupId: rule.groupId,
    emails: rule.emails,
    webhookUrl: webhookUrlForLog(rule.webhookUrl),
    digest: rule.digest,
  };
}

/** The select that reads what alertRuleSnapshot needs. */
export const ALERT_RULE_AUDIT_SELECT = {
  name: true,
  enabled: true,
  kind: true,
  params: true,
  groupId: true,
  emails: true,
  webhookUrl: true,
  digest: true,
} as const;
