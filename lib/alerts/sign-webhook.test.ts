import { createHmac } from 'node:crypto';
import { expect, it } from 'vitest';
import { webhookSignature } from './sign-webhook';

it('signs "<t>.<body>" with HMAC-SHA256 and names the timestamp', () => {
  const body = '{"id":"x"}';
  const mac = createHmac('sha256', 'secret').update(`1700000000.${body}`).digest('hex');
  expect(webhookSignature('secret', 1_700_000_000, body)).toBe(`t=1700000000,v1=${mac}`);
  expect(webhookSignature('other', 1_700_000_000, body)).not.toContain(mac);
});
