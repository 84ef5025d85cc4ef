import type { SendResult } from './send-alert-mail';
import { webhookSignature } from './sign-webhook';

export interface WebhookCall {
  url: string;
  secret: string;
  deliveryId: string;
  /** The JSON document to POST. */
  body: unknown;
  timeoutMs: number;
}

/** Enough of the receiver's answer to tell why it refused, kept short for the delivery history. */
const ERROR_BODY_CHARS = 200;

/**
 * POSTs one signed webhook call. Only a 2xx answer counts as delivered; any other status, a
 * redirect (never followed: the admin configured this URL, not the receiver), a network error or
 * the timeout is a failed result, which the caller retries with backoff.
 */
export async function sendWebhook(call: WebhookCall): Promise<SendResult> {
  const body = JSON.stringify(call.body);
  const signature = webhookSignature(call.secret, Math.floor(Date.now() / 1000), body);
  try {
    const response = await fetch(call.url, {
      method: 'POST',
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(call.timeoutMs),
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Kensa-Alerts/1',
        'Kensa-Delivery': call.deliveryId,
        'Kensa-Signature': signature,
      },
    });
    if (response.status >= 200 && response.status < 300) {
      await response.body?.cancel();
      return { ok: true };
    }
    const text = (await response.text().catch(() => '')).slice(0, ERROR_BODY_CHARS);
    return { ok: false, error: `HTTP ${response.status}${text ? `: ${text}` : ''}` };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError')
      return { ok: false, error: `no answer within ${call.timeoutMs} ms` };
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return { ok: false, error: `${error instanceof Error ? error.message : String(error)}${cause}` };
  }
}
