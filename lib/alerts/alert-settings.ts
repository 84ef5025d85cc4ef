import type { Env } from '@/lib/env';
import type { DeliveryRetry } from './alert-jobs';
import { type WebhookAllowList, webhookAllowList } from './webhook-allow-list';

/** What sending alerts needs from the environment, passed explicitly so tests can set it. */
export interface AlertSettings {
  /** KENSA_SMTP_URL; undefined = the e-mail channel is disabled (its deliveries fail saying so). */
  smtpUrl: string | undefined;
  from: string;
  publicUrl: string;
  /** KENSA_TIME_ZONE: times in mails, and the daily digest's 08:00. */
  timeZone: string;
  webhookTimeoutMs: number;
  /** KENSA_WEBHOOK_ALLOW: the internal targets webhooks may call. */
  webhookAllow: WebhookAllowList;
  retry: DeliveryRetry;
}

export function alertSettings(config: Env): AlertSettings {
  return {
    smtpUrl: config.KENSA_SMTP_URL,
    from: config.KENSA_ALERT_FROM,
    publicUrl: config.KENSA_PUBLIC_URL,
    timeZone: config.KENSA_TIME_ZONE,
    webhookTimeoutMs: config.KENSA_WEBHOOK_TIMEOUT_MS,
    webhookAllow: webhookAllowList(config.KENSA_WEBHOOK_ALLOW),
    retry: { attempts: config.KENSA_ALERT_ATTEMPTS, backoffMs: config.KENSA_ALERT_BACKOFF_MS },
  };
}
