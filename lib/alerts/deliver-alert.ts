import type { PrismaClient } from '@/generated/prisma/client';
import { matchLink } from './alert-links';
import { type AlertPayload, alertPayload } from './alert-payload';
import type { AlertSettings } from './alert-settings';
import { type DeliverOutcome, deliveryAttempt } from './delivery-attempt';
import { renderAlertMail } from './render-alert-mail';
import { type SendResult, sendAlertMail } from './send-alert-mail';
import { sendWebhook } from './send-webhook';

/**
 * One attempt at one delivery. The row is the record: each attempt counts in `attempts` with its
 * error (lib/alerts/delivery-attempt.ts). A delivery no longer pending (sent, failed, or its rule deleted) is skipped, so a
 * duplicated job sends nothing. A crash between sending and recording can send twice: receivers
 * deduplicate on the delivery id (Kensa-Delivery / X-Kensa-Delivery).
 */
export async function deliverAlert(
  db: PrismaClient,
  deliveryId: string,
  attempt: { last: boolean },
  settings: AlertSettings,
): Promise<DeliverOutcome> {
  const delivery = await db.alertDelivery.findUnique({
    where: { id: deliveryId },
    include: { rule: { select: { webhookSecret: true } } },
  });
  if (delivery?.status !== 'pending') return 'skipped';
  const payload = alertPayload.parse(delivery.payload);
  const result: SendResult | 'disabled' =
    delivery.channel === 'email'
      ? settings.smtpUrl
        ? await sendAlertMail(settings.smtpUrl, {
            from: settings.from,
            to: delivery.target.split(',').map((a) => a.trim()),
            mail: renderAlertMail({
              deliveryId,
              payload,
              publicUrl: settings.publicUrl,
              timeZone: settings.timeZone,
            }),
            deliveryId,
          })
        : 'disabled'
      : await sendWebhook({
          url: delivery.target,
          secret: delivery.rule.webhookSecret ?? '',
          deliveryId,
          body: webhookBody(deliveryId, payload, settings.publicUrl),
          timeoutMs: settings.webhookTimeoutMs,
          allow: settings.webhookAllow,
        });
  const { outcome, data } = deliveryAttempt(result, attempt.last);
  await db.alertDelivery.update({ where: { id: deliveryId }, data });
  return outcome;
}

/** The webhook document: the delivery id, the rule, every listed match with its link, and the total. */
function webhookBody(deliveryId: string, payload: AlertPayload, publicUrl: string) {
  return {
    id: deliveryId,
    rule: payload.rule,
    total: payload.total,
    matches: payload.matches.map((m) => ({ id: m.id, ...m.detail, link: matchLink(publicUrl, m.detail) })),
    sentAt: new Date().toISOString(),
  };
}
