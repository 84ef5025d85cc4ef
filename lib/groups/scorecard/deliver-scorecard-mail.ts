import type { PrismaClient } from '@/generated/prisma/client';
import type { AlertSettings } from '@/lib/alerts/alert-settings';
import { type DeliverOutcome, deliveryAttempt } from '@/lib/alerts/delivery-attempt';
import { sendAlertMail } from '@/lib/alerts/send-alert-mail';
import { renderScorecardMail } from './render-scorecard-mail';
import { scorecardMailPayload } from './scorecard-payload';

/**
 * One attempt at one scorecard mail, through the alert mailer with its retries (KENSA_SMTP_URL,
 * KENSA_ALERT_ATTEMPTS): the row records each attempt as an alert delivery does. A mail no longer
 * pending is skipped, so a duplicated job sends nothing.
 */
export async function deliverScorecardMail(
  db: PrismaClient,
  mailId: string,
  attempt: { last: boolean },
  settings: AlertSettings,
): Promise<DeliverOutcome> {
  const row = await db.groupScorecardMail.findUnique({ where: { id: mailId } });
  if (row?.status !== 'pending') return 'skipped';
  const result = settings.smtpUrl
    ? await sendAlertMail(settings.smtpUrl, {
        from: settings.from,
        to: row.target.split(',').map((a) => a.trim()),
        mail: renderScorecardMail(scorecardMailPayload.parse(row.payload), settings.publicUrl),
        deliveryId: mailId,
      })
    : 'disabled';
  const { outcome, data } = deliveryAttempt(result, attempt.last);
  await db.groupScorecardMail.update({ where: { id: mailId }, data });
  return outcome;
}
