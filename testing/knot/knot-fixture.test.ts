import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsClient } from '../../audit/dns/dns-client';
import { findFreePort } from './find-free-port';
import { knotFiles } from './knot-config';
import { runningKnotd } from './knot-process';
import { zoneFile } from './temp-knot';

const cli = new URL('./knot-fixture.ts', import.meta.url).pathname;
const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;

function fixture(...args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(tsx, [cli, ...args], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` });
    });
  });
}

let root: string;
let zones: string;
let state: string;
let port: number;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kensa-fixture-'));
  zones = join(root, 'zones');
  state = join(root, 'state');
  port = await findFreePort();
  await mkdir(zones);
  await writeFile(join(zones, 'x.test.zone'), zoneFile('x.test', '@ TXT "v=spf1 -all"'));
});
afterAll(async () => {
  await fixture('stop', '--state', state);
  await rm(root, { recursive: true, force: true });
});

describe('knot-fixture CLI', () => {
  it('starts knotd detached, is idempotent, reloads and stops', async () => {
    const started = await fixture('start', '--zones', zones, '--port', String(port), '--state', state);
    expect(started).toMatchObject({ code: 0, out: expect.stringMatching(/serves 1 zones on 127.0.0.1@\d+/) });
    const pid = await runningKnotd(knotFiles(state));
    expect(pid).not.toBeNull();

    const again = await fixture('start', '--zones', zones, '--port', String(port), '--state', state);
    expect(again).toMatchObject({
      code: 0,
      out: expect.stringMatching(`knotd \\(pid ${pid}\\) already serves`),
    });
    const elsewhere = await fixture('start', '--zones', zones, '--port', String(port + 1), '--state', state);
    expect(elsewhere.code).toBe(1);

    await writeFile(join(zones, 'x.test.zone'), zoneFile('x.test', '@ TXT "v=spf1 ~all"'));
    expect((await fixture('reload', '--state', state, '--zone', 'x.test')).code).toBe(0);
    const client = createDnsClient({ servers: [{ host: '127.0.0.1', port }], tries: 1 });
    expect((await client.query('x.test', 'TXT')).records).toEqual([['v=spf1 ~all']]);
    client.close();

    expect(await fixture('stop', '--state', state)).toMatchObject({
      code: 0,
      out: `stopped knotd (pid ${pid})\n`,
    });
    expect(await runningKnotd(knotFiles(state))).toBeNull();
  });

  it('explains bad arguments', async () => {
    const result = await fixture('start', '--state', state, '--port', 'abc');
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/port/);
  });
});
