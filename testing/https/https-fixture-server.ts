import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecureContext, type SecureContext } from 'node:tls';
import { createHttpsFetcher } from '@/audit/https/create-https-fetcher';
import type { HttpsFetcher } from '@/audit/https/types';
import { createTestCa } from '../tls/test-ca';
import { FIXTURE_SITES, type FixtureSite } from './fixture-sites';

export interface HttpsFixture {
  /** The loopback port it listens on (the fetcher's injected port). */
  port: number;
  /** The test CA to trust (the fetcher's injected trust store). */
  caPem: string;
  /**
   * The fetcher the audits get in these tests: every host reached at this server (the tests' DNS
   * points them at 127.0.0.1, the one address it may connect to), the test CA trusted.
   */
  fetcher(timeoutMs: number): HttpsFetcher;
  stop(): Promise<void>;
}

const hostOf = (key: string) => key.split(' ')[0] as string;

/**
 * An HTTPS server on 127.0.0.1 answering as FIXTURE_SITES says, with certificates of a test CA it
 * makes: by SNI name a valid one, one for another name, or an expired one.
 */
export async function startHttpsFixture(
  sites: Record<string, FixtureSite> = FIXTURE_SITES,
): Promise<HttpsFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'kensa-https-'));
  const ca = await createTestCa(dir);
  const hosts = [...new Set(Object.keys(sites).map(hostOf))];
  const special = (kind: FixtureSite['certificate']) =>
    new Set(
      Object.entries(sites)
        .filter(([, site]) => site.certificate === kind)
        .map(([key]) => hostOf(key)),
    );
  const [good, wrong, expired] = await Promise.all([
    ca.issue('good', hosts, 7),
    ca.issue('wrong', ['elsewhere.test'], 7),
    ca.issue('expired', [...special('expired')].concat('expired.test'), -1),
  ]);
  const contexts: Record<'good' | 'wrong' | 'expired', SecureContext> = {
    good: createSecureContext(good),
    wrong: createSecureContext(wrong),
    expired: createSecureContext(expired),
  };
  const [wrongHosts, expiredHosts] = [special('wrong-name'), special('expired')];
  const hanging = new Set<import('node:http').ServerResponse>();
  const server: Server = createServer(
    {
      ...good,
      SNICallback: (name, done) =>
        done(
          null,
          wrongHosts.has(name) ? contexts.wrong : expiredHosts.has(name) ? contexts.expired : contexts.good,
        ),
    },
    (request, response) => {
      const host = (request.headers.host ?? '').replace(/:\d+$/, '');
      const site = sites[`${host} ${request.url}`];
      if (site?.hang) return void hanging.add(response);
      response.writeHead(site?.status ?? (site ? 200 : 404), site?.headers ?? {});
      response.end(site?.body ?? '');
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    caPem: ca.caPem,
    fetcher: (timeoutMs) =>
      createHttpsFetcher({
        port,
        ca: ca.caPem,
        timeoutMs,
        allowAddress: (address) => address === '127.0.0.1',
      }),
    async stop() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
