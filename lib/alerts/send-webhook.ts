import { request as httpRequest, STATUS_CODES } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { SendResult } from './send-alert-mail';
import { webhookSignature } from './sign-webhook';
import type { WebhookAllowList } from './webhook-allow-list';
import { guardedLookup, type ResolveAll, WebhookRefused, webhookUrlRefusal } from './webhook-guard';

export interface WebhookCall {
  url: string;
  secret: string;
  deliveryId: string;
  /** The JSON document to POST. */
  body: unknown;
  timeoutMs: number;
  /** KENSA_WEBHOOK_ALLOW: internal targets the admin trusts. */
  allow: WebhookAllowList;
  /** For tests: the name resolver (default: the system's, as dns.lookup). */
  resolveAll?: ResolveAll;
}

/** The answer's status, as "HTTP 503 Service Unavailable": never the receiver's own words or body. */
function statusError(status: number): string {
  const phrase = STATUS_CODES[status];
  return `HTTP ${status}${phrase ? ` ${phrase}` : ''}`;
}

/** A failed connection in a few words: the error code (ECONNREFUSED, CERT_HAS_EXPIRED…), no addresses. */
function networkError(error: NodeJS.ErrnoException, timeoutMs: number, timedOut: boolean): string {
  if (timedOut) return `no answer within ${timeoutMs} ms`;
  return `network error${error.code ? `: ${error.code}` : ''}`;
}

/**
 * POSTs one signed webhook call. The target must not be an internal address (webhook-guard.ts):
 * an address literal is checked here, a name at connection time on the very address connected to.
 * Only a 2xx answer counts as delivered; any other status, a redirect (never followed: the admin
 * configured this URL, not the receiver), a network error or the timeout is a failed result, which
 * the caller retries with backoff; a refused target is failed for good. The answer's body is never read.
 */
export async function sendWebhook(call: WebhookCall): Promise<SendResult> {
  const url = new URL(call.url);
  const literalRefusal = webhookUrlRefusal(call.url, call.allow);
  if (literalRefusal) return { ok: false, error: literalRefusal, final: true };
  const body = JSON.stringify(call.body);
  const signature = webhookSignature(call.secret, Math.floor(Date.now() / 1000), body);
  const signal = AbortSignal.timeout(call.timeoutMs);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<SendResult>((resolve) => {
    const outgoing = request(url, {
      method: 'POST',
      signal,
      // A fresh connection per call: no socket checked for another target is ever reused.
      agent: false,
      lookup: guardedLookup(call.allow, call.resolveAll),
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
        'User-Agent': 'Kensa-Alerts/1',
        'Kensa-Delivery': call.deliveryId,
        'Kensa-Signature': signature,
      },
    });
    outgoing.on('response', (response) => {
      const status = response.statusCode ?? 0;
      response.destroy();
      resolve(status >= 200 && status < 300 ? { ok: true } : { ok: false, error: statusError(status) });
    });
    outgoing.on('error', (error: NodeJS.ErrnoException) =>
      resolve(
        error instanceof WebhookRefused
          ? { ok: false, error: error.message, final: true }
          : { ok: false, error: networkError(error, call.timeoutMs, signal.aborted) },
      ),
    );
    outgoing.end(body);
  });
}
