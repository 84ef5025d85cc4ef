import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '@/testing/webhook-receiver';
import { sendWebhook } from './send-webhook';

let receiver: WebhookReceiver;

beforeAll(async () => {
  receiver = await startWebhookReceiver({ '/ok': [200], '/moved': [302], '/silent': [0], '/teapot': [418] });
});
afterAll(() => receiver.stop());

const call = (path: string, timeoutMs = 2000) =>
  sendWebhook({ url: `${receiver.url}${path}`, secret: 's', deliveryId: 'd-1', body: { a: 1 }, timeoutMs });

describe('sendWebhook', () => {
  it('counts a 2xx as sent and any other answer as failed, with the status and a bit of the body', async () => {
    expect(await call('/ok')).toEqual({ ok: true });
    expect(await call('/teapot')).toEqual({ ok: false, error: 'HTTP 418: try later' });
  });

  it('does not follow a redirect: the configured URL is the only one called', async () => {
    const before = receiver.calls.filter((c) => c.path === '/ok').length;
    expect(await call('/moved')).toEqual({ ok: false, error: 'HTTP 302: try later' });
    expect(receiver.calls.filter((c) => c.path === '/ok')).toHaveLength(before);
  });

  it('gives up on a receiver that does not answer within the timeout', async () => {
    const started = Date.now();
    expect(await call('/silent', 300)).toEqual({ ok: false, error: 'no answer within 300 ms' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports a refused connection as a failed result, not a throw', async () => {
    const result = await sendWebhook({
      url: 'http://127.0.0.1:9/',
      secret: 's',
      deliveryId: 'd',
      body: {},
      timeoutMs: 1000,
    });
    expect(result.ok).toBe(false);
  });
});
