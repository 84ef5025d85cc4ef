import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@/testing/repo-root';

const run = promisify(execFile);

/**
 * The demo's HTTPS set-up end to end: scripts/lib/services.sh starts the fixture daemon, and a
 * worker-like process with NODE_EXTRA_CA_CERTS, KENSA_MTA_STS_PORT and KENSA_MTA_STS_ALLOW (as
 * scripts/demo.sh exports them) reads a policy through scanHttpsFetcher, the worker's own fetcher.
 */
let state: string;
let port: string;
const services = (command: string) =>
  run('bash', ['-c', `source scripts/lib/services.sh; ${command}`], { cwd: REPO_ROOT });

beforeAll(async () => {
  state = await mkdtemp(join(tmpdir(), 'kensa-demo-https-'));
  port = (await services(`start_https_fixture ${state}`)).stdout.trim();
}, 120_000);

afterAll(async () => {
  await services(`stop_port_daemon ${state}`);
  await rm(state, { recursive: true, force: true });
});

// What the worker does with its configuration, in a process of its own (NODE_EXTRA_CA_CERTS is read at start).
const SCRIPT = `
(async () => {
  const { createMemoryResolver } = await import('./audit/dns/memory-resolver');
  const { scanHttpsFetcher } = await import('./lib/scans/scan-https');
  const host = 'mta-sts.mta-sts-enforce.test';
  const fetcher = scanHttpsFetcher({
    KENSA_MTA_STS_FETCH: 'true',
    KENSA_MTA_STS_TIMEOUT_MS: 10000,
    KENSA_MTA_STS_PORT: Number(process.env.KENSA_MTA_STS_PORT),
    KENSA_MTA_STS_ALLOW: process.env.KENSA_MTA_STS_ALLOW,
  });
  const result = await fetcher.get(
    { host, path: '/.well-known/mta-sts.txt', maxBytes: 65536, mediaType: 'text/plain' },
    createMemoryResolver({ [host]: { A: ['127.0.0.1'] } }),
  );
  console.log(JSON.stringify(result.outcome === 'ok' ? { outcome: 'ok', body: result.body.toString() } : result));
})();
`;

async function fetchAsWorker(env: Record<string, string>) {
  const { stdout } = await run(join(REPO_ROOT, 'node_modules/.bin/tsx'), ['--eval', SCRIPT], {
    cwd: REPO_ROOT,
    env: { ...process.env, KENSA_MTA_STS_PORT: port, ...env },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
}

describe('the demo HTTPS fixture as the worker fetches from it', () => {
  it('reads the policy with the test CA trusted and loopback allowed', async () => {
    const result = await fetchAsWorker({
      NODE_EXTRA_CA_CERTS: join(state, 'ca.pem'),
      KENSA_MTA_STS_ALLOW: '127.0.0.1',
    });
    expect(result).toMatchObject({ outcome: 'ok', body: expect.stringContaining('mode: enforce') });
  }, 60_000);

  it('without the allowance loopback is refused; without the CA the certificate is', async () => {
    expect(await fetchAsWorker({ NODE_EXTRA_CA_CERTS: join(state, 'ca.pem') })).toMatchObject({
      outcome: 'failed',
      failure: 'refused-address',
    });
    expect(await fetchAsWorker({ KENSA_MTA_STS_ALLOW: '127.0.0.1' })).toMatchObject({
      outcome: 'failed',
      failure: 'certificate',
    });
  }, 60_000);
});
