import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '@/testing/webhook-receiver';
import { sendWebhook, type WebhookCall } from './send-webhook';
import { webhookAllowList } from './webhook-allow-list';
import type { ResolveAll } from './webhook-guard';

let receiver: WebhookReceiver;
let port: string;

beforeAll(async () => {
  receiver = await startWebhookReceiver({ '/ok': [200], '/moved': [302], '/silent': [0], '/teapot': [418] });
  port = new URL(receiver.url).port;
});
afterAll(() => receiver.stop());

// The receiver listens on 127.0.0.1: these calls reach it only because the allow list names it.
const LOOPBACK_ALLOWED = webhookAllowList('127.0.0.1');
const NOTHING_ALLOWED = webhookAllowList('');

const send = (url: string, extra: Partial<WebhookCall> = {}) =>
  sendWebhook({
    url,
    secret: 's',
    deliveryId: 'd-1',
    body: { a: 1 },
    timeoutMs: 2000,
    allow: LOOPBACK_ALLOWED,
    ...extra,
  });
const call = (path: string, timeoutMs = 2000) => send(`${receiver.url}${path}`, { timeoutMs });
const callsTo = (path: string) => receiver.calls.filter((c) => c.path === path).length;

describe('sendWebhook', () => {
  it('counts a 2xx as sent and any other answer as failed, with the status only (never the body)', async () => {
    expect(await call('/ok')).toEqual({ ok: true });
    expect(await call('/teapot')).toEqual({ ok: false, error: "HTTP 418 I'm a Teapot" });
  });

  it('does not follow a redirect: the configured URL is the only one called', async () => {
    const before = callsTo('/ok');
    expect(await call('/moved')).toEqual({ ok: false, error: 'HTTP 302 Found' });
    expect(callsTo('/ok')).toBe(before);
  });

  it('gives up on a receiver that does not answer within the timeout', async () => {
    const started = Date.now();
    expect(await call('/silent', 300)).toEqual({ ok: false, error: 'no answer within 300 ms' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports a refused connection as a failed result with its code, not a throw', async () => {
    expect(await send('http://127.0.0.1:9/', { timeoutMs: 1000 })).toEqual({
      ok: false,
      error: 'network error: ECONNREFUSED',
    });
  });
});

describe('sendWebhook refuses internal targets unless KENSA_WEBHOOK_ALLOW lists them', () => {
  it.each([
    ['http://127.0.0.1:PORT/ok', '127.0.0.1 is a loopback address'],
    ['http://10.1.2.3:PORT/ok', '10.1.2.3 is a private address'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a link-local address'],
    ['http://[::1]:PORT/ok', '::1 is a loopback address'],
    ['http://[::ffff:127.0.0.1]:PORT/ok', '::ffff:7f00:1 is a loopback address'],
    ['http://100.64.0.1/', '100.64.0.1 is a shared (carrier-grade NAT) address'],
    ['http://[fd12::1]/', 'fd12::1 is a unique-local address'],
    ['http://0.0.0.0:PORT/ok', '0.0.0.0 is a unspecified address'],
    ['http://2130706433:PORT/ok', '127.0.0.1 is a loopback address'],
  ])('%s', async (url, why) => {
    const before = receiver.calls.length;
    const result = await send(url.replace('PORT', port), { allow: NOTHING_ALLOWED });
    expect(result).toEqual({ ok: false, error: `refused: ${why} (not in KENSA_WEBHOOK_ALLOW)`, final: true });
    expect(receiver.calls.length).toBe(before);
  });

  it('refuses a name that resolves to loopback when connecting (localhost)', async () => {
    const before = receiver.calls.length;
    const result = await send(`http://localhost:${port}/ok`, { allow: NOTHING_ALLOWED });
    expect(result).toEqual({
      ok: false,
      error: 'refused: localhost resolves to a loopback address (not in KENSA_WEBHOOK_ALLOW)',
      final: true,
    });
    expect(receiver.calls.length).toBe(before);
  });

  it('refuses a name resolving to loopback, asking DNS once (no second answer to rebind with)', async () => {
    let asked = 0;
    const rebinding: ResolveAll = async () => {
      asked++;
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const result = await send(`http://hooks.rebind.test:${port}/ok`, {
      allow: NOTHING_ALLOWED,
      resolveAll: rebinding,
    });
    expect(result).toEqual({
      ok: false,
      error: 'refused: hooks.rebind.test resolves to a loopback address (not in KENSA_WEBHOOK_ALLOW)',
      final: true,
    });
    expect(asked).toBe(1);
  });

  it('refuses a name when any of its addresses is internal', async () => {
    const result = await send(`http://mixed.test:${port}/ok`, {
      allow: NOTHING_ALLOWED,
      resolveAll: async () => [
        { address: '2001:4860::1', family: 6 },
        { address: '::ffff:10.0.0.1', family: 6 },
      ],
    });
    expect(result).toMatchObject({
      error: expect.stringContaining('mixed.test resolves to a private address'),
    });
  });

  it('connects to the very address it checked, keeping the name in Host (a listed name)', async () => {
    let asked = 0;
    const result = await send(`http://hooks.internal.test:${port}/ok`, {
      allow: webhookAllowList('hooks.internal.test'),
      resolveAll: async () => {
        asked++;
        return [{ address: '127.0.0.1', family: 4 }];
      },
    });
    expect(result).toEqual({ ok: true });
    expect(asked).toBe(1);
    expect(receiver.calls.at(-1)?.headers.host).toBe(`hooks.internal.test:${port}`);
  });

  it('calls an address inside a listed network', async () => {
    expect(await send(`${receiver.url}/ok`, { allow: webhookAllowList('127.0.0.0/8') })).toEqual({
      ok: true,
    });
    expect(
      await send(`http://localhost:${port}/ok`, { allow: webhookAllowList('127.0.0.0/8, ::1') }),
    ).toEqual({
      ok: true,
    });
  });
});
