import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsClient, type DnsClient } from '../../audit/dns/dns-client';
import { type SignedDns, startSignedDns } from './signed-dns';
import { validatingClients } from './validating-clients';

const spec = {
  anchor: { name: 'anchor.test', records: '@ MX 10 mx\nmx A 127.0.0.1' },
  children: [
    { name: 'good.anchor.test', kind: 'secure' as const, records: 'www A 127.0.0.2' },
    { name: 'plain.anchor.test', kind: 'insecure' as const, records: 'www A 127.0.0.3' },
    { name: 'broken.anchor.test', kind: 'bogus' as const, records: 'www A 127.0.0.4' },
  ],
};

describe('the signed DNS fixture (Knot signing, Unbound validating)', () => {
  let dns: SignedDns;
  let client: DnsClient;
  let checkingDisabled: DnsClient;
  let clients: ReturnType<typeof validatingClients>;
  beforeAll(async () => {
    dns = await startSignedDns(spec);
    clients = validatingClients(dns);
    ({ resolver: client, checkingDisabled } = clients);
  }, 60_000);
  afterAll(async () => {
    clients?.close();
    await dns?.stop();
  });

  it('answers a signed chain with AD, also for a proven non-existence', async () => {
    expect(await client.query('mx.anchor.test', 'A')).toMatchObject({
      outcome: 'answer',
      authenticated: true,
    });
    expect(await client.query('www.good.anchor.test', 'A')).toMatchObject({
      outcome: 'answer',
      records: ['127.0.0.2'],
      authenticated: true,
    });
    expect(await client.query('none.good.anchor.test', 'A')).toMatchObject({
      outcome: 'nxdomain',
      authenticated: true,
    });
  });

  it('answers an unsigned delegation without AD', async () => {
    const answer = await client.query('www.plain.anchor.test', 'A');
    expect(answer).toMatchObject({ outcome: 'answer', records: ['127.0.0.3'] });
    expect(answer.authenticated).toBeUndefined();
  });

  it('fails a bogus chain with SERVFAIL, and answers it with CD set', async () => {
    expect((await client.query('www.broken.anchor.test', 'A')).outcome).toBe('servfail');
    const answer = await checkingDisabled.query('www.broken.anchor.test', 'A');
    expect(answer).toMatchObject({ outcome: 'answer', records: ['127.0.0.4'] });
    expect(answer.authenticated).toBeUndefined();
  });

  it('Knot itself never sets AD', async () => {
    const knot = createDnsClient({ servers: [dns.authoritative], timeoutMs: 3000, tries: 1 });
    try {
      const answer = await knot.query('www.good.anchor.test', 'A');
      expect(answer.outcome).toBe('answer');
      expect(answer.authenticated).toBeUndefined();
    } finally {
      knot.close();
    }
  });
});
