import type { SendResult } from './send-alert-mail';

export type DeliverOutcome = 'sent' | 'skipped' | 'retry' | 'failed';

export const SMTP_DISABLED_ERROR = 'e-mail is not configured on this server (KENSA_SMTP_URL is not set)';

/**
 * What one attempt at a delivery row (an alert delivery or a scorecard mail) writes back, and what the
 * job does next. Each attempt counts with its error; 'retry' tells the job to throw so BullMQ waits its
 * backoff; a disabled channel or a refused webhook target will not get better by waiting, so it fails
 * at once, as does the last attempt.
 */
export function deliveryAttempt(result: SendResult | 'disabled', last: boolean, now = new Date()) {
  const counted = { attempts: { increment: 1 }, lastAttemptAt: now };
  if (result !== 'disabled' && result.ok)
    return { outcome: 'sent' as const, data: { ...counted, status: 'sent' as const, sentAt: now } };
  const final = result === 'disabled' || result.final === true || last;
  const lastError = result === 'disabled' ? SMTP_DISABLED_ERROR : result.error.slice(0, 1000);
  return {
    outcome: final ? ('failed' as const) : ('retry' as const),
    data: { ...counted, lastError, ...(final ? { status: 'failed' as const } : {}) },
  };
}
