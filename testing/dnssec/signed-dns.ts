/**
 * For tests: real DNSSEC on loopback. Knot signs the zones of a SignedDnsSpec itself (automatic
 * signing), the anchor gets each child's DS from Knot's own keys (a wrong one for a bogus child), and
 * Unbound validates from the anchor's key as trust anchor, so secure / insecure / bogus answers are
 * what a validating resolver really says.
 *
 *   const dns = await startSignedDns(spec);   // dns.resolver: 127.0.0.1 and Unbound's port
 *
 * Unbound answers only for those zones (and `passThrough`'s): every other name is refused at once.
 *   …; await dns.stop();
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createDnsClient } from '../../audit/dns/dns-client';
import { findFreePort } from '../knot/find-free-port';
import { knotFiles } from '../knot/knot-config';
import { isKnotdAlive, logTail, runKnotc, sleep, spawnKnotd, stopKnotd } from '../knot/knot-process';
import { waitUntilServed } from '../knot/knot-ready';
import {
  anchorZone,
  childZone,
  type PassThrough,
  type SignedDnsSpec,
  signingKnotConf,
  unboundConf,
} from './signed-zones';

export type { ChildKind, PassThrough, SignedDnsSpec } from './signed-zones';

const run = promisify(execFile);

export interface SignedDns {
  /** The validating resolver (Unbound). */
  resolver: { host: string; port: number };
  /** Knot itself: authoritative, never sets AD (a non-validating server). */
  authoritative: { host: string; port: number };
  stop(): Promise<void>;
}

/** `passThrough`: zones Unbound also resolves, unvalidated, through another server (the demo's Knot). */
export async function startSignedDns(
  spec: SignedDnsSpec,
  options: { passThrough?: PassThrough } = {},
): Promise<SignedDns> {
  const dir = await mkdtemp(join(tmpdir(), 'kensa-dnssec-'));
  const stops: (() => Promise<void>)[] = [() => rm(dir, { recursive: true, force: true })];
  const stop = async () => {
    for (const step of stops.reverse()) await step();
  };
  try {
    const knotPort = await findFreePort();
    const knotPid = await startSigningKnot(spec, dir, knotPort);
    stops.push(() => stopKnotd(knotPid));
    await publishDs(spec, dir, knotPort);
    const port = await findFreePort();
    const trustAnchor = (await keymgr(dir, spec.anchor.name, 'ds')).split('\n')[0] ?? '';
    await writeFile(
      join(dir, 'unbound.conf'),
      unboundConf({ spec, dir, port, knotPort, trustAnchor, passThrough: options.passThrough }),
    );
    const unbound = await spawnUnbound(dir);
    stops.push(() => stopProcess(unbound));
    await waitUntilValidating(port, spec.anchor.name, dir);
    return {
      resolver: { host: '127.0.0.1', port },
      authoritative: { host: '127.0.0.1', port: knotPort },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function startSigningKnot(spec: SignedDnsSpec, dir: string, port: number): Promise<number> {
  for (const sub of ['zones', 'run', 'db']) await mkdir(join(dir, sub));
  const zoneFiles = [
    [spec.anchor.name, anchorZone(spec, [], 1)],
    ...spec.children.map((child) => [child.name, childZone(spec, child)]),
  ];
  for (const [name, text] of zoneFiles) await writeFile(join(dir, 'zones', `${name}.zone`), text as string);
  const files = knotFiles(dir);
  await writeFile(files.confPath, signingKnotConf(spec, dir, port));
  const pid = await spawnKnotd(files, false);
  const zones = zoneFiles.map(([name]) => name as string);
  try {
    await waitUntilServed({ port, zones, isAlive: () => isKnotdAlive(pid) });
  } catch (error) {
    await stopKnotd(pid);
    throw new Error(`${(error as Error).message}\n${await logTail(files)}`);
  }
  return pid;
}

/** The anchor learns each signed child's DS (digest type 2, RFC 4509); a bogus child's is altered. */
async function publishDs(spec: SignedDnsSpec, dir: string, port: number): Promise<void> {
  const dsLines: string[] = [];
  for (const child of spec.children) {
    if (child.kind === 'insecure') continue;
    const ds = (await keymgr(dir, child.name, 'ds')).split('\n').find((line) => / DS \d+ \d+ 2 /.test(line));
    if (ds === undefined) throw new Error(`keymgr gave no SHA-256 DS for ${child.name}`);
    dsLines.push(child.kind === 'bogus' ? ds.replace(/[0-9a-f]$/, (c) => (c === '0' ? '1' : '0')) : ds);
  }
  await writeFile(join(dir, 'zones', `${spec.anchor.name}.zone`), anchorZone(spec, dsLines, 2));
  const files = knotFiles(dir);
  await runKnotc(files, ['-b', 'zone-reload', `${spec.anchor.name}.`]);
  await waitUntilServed({ port, zones: [spec.anchor.name], isAlive: () => true, timeoutMs: 5_000 });
}

async function keymgr(dir: string, zone: string, command: string): Promise<string> {
  const { stdout } = await run('/usr/sbin/keymgr', ['-c', knotFiles(dir).confPath, `${zone}.`, command]);
  return stdout.trim();
}

async function spawnUnbound(dir: string): Promise<number> {
  const log = await open(join(dir, 'unbound.stderr'), 'a');
  try {
    const child = spawn('/usr/sbin/unbound', ['-d', '-c', join(dir, 'unbound.conf')], {
      stdio: ['ignore', log.fd, log.fd],
    });
    return await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('spawn', () => resolve(child.pid ?? 0));
    });
  } finally {
    await log.close();
  }
}

/** Polls until Unbound answers the anchor's SOA validated (AD). */
async function waitUntilValidating(port: number, anchor: string, dir: string): Promise<void> {
  const client = createDnsClient({ servers: [{ host: '127.0.0.1', port }], timeoutMs: 500, tries: 1 });
  const deadline = Date.now() + 20_000;
  try {
    for (;;) {
      const answer = await client.query(anchor, 'SOA');
      if (answer.authenticated) return;
      if (Date.now() > deadline) {
        const log = await readFile(join(dir, 'unbound.log'), 'utf8').catch(() => '');
        throw new Error(`unbound on 127.0.0.1@${port} does not validate ${anchor}\n${log.slice(-2000)}`);
      }
      await sleep(100);
    }
  } finally {
    client.close();
  }
}

async function stopProcess(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await sleep(25);
  }
  process.kill(pid, 'SIGKILL');
}
