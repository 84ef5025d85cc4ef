/**
 * A Knot server for the scale runs: like testing/knot/knot-server.ts, plus the mod-stats module, so
 * `knotc stats` counts every query that reached the server (by transport and type) — the network
 * cost of a scan, independent of what the workers believe they sent.
 */

import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type KnotSettings, knotFiles, listZones } from '@/testing/knot/knot-config';
import { isKnotdAlive, spawnKnotd, stopKnotd } from '@/testing/knot/knot-process';
import { waitUntilServed } from '@/testing/knot/knot-ready';

export interface StatsKnot {
  pid: number;
  stop(): Promise<void>;
  /** Counters of `knotc stats`, e.g. 'mod-stats.request-protocol[udp4]'. */
  stats(): Promise<Record<string, number>>;
}

function renderConf(settings: KnotSettings, zones: string[]): string {
  const state = knotFiles(settings.stateDir).stateDir;
  return [
    'server:',
    `    rundir: "${join(state, 'run')}"`,
    `    listen: 127.0.0.1@${settings.port}`,
    '    udp-workers: 2',
    '    tcp-workers: 2',
    'log:',
    '  - target: stderr',
    '    any: notice',
    'mod-stats:',
    '  - id: scale',
    '    request-protocol: on',
    '    query-type: on',
    '    response-code: on',
    'database:',
    `    storage: "${join(state, 'db')}"`,
    'template:',
    '  - id: default',
    '    global-module: mod-stats/scale',
    `    storage: "${settings.zonesDir}"`,
    '    file: "%s.zone"',
    '    semantic-checks: off',
    '    zonefile-sync: -1',
    '    journal-content: none',
    'zone:',
    ...zones.map((zone) => `  - domain: ${zone}.`),
    '',
  ].join('\n');
}

export async function startStatsKnot(settings: KnotSettings): Promise<StatsKnot> {
  const files = knotFiles(settings.stateDir);
  const zones = await listZones(settings.zonesDir);
  await mkdir(join(files.stateDir, 'run'), { recursive: true });
  await mkdir(join(files.stateDir, 'db'), { recursive: true });
  await writeFile(files.confPath, renderConf(settings, zones));
  const pid = await spawnKnotd(files, false);
  try {
    await waitUntilServed({
      port: settings.port,
      zones,
      isAlive: () => isKnotdAlive(pid),
      timeoutMs: 120_000,
    });
  } catch (error) {
    await stopKnotd(pid);
    throw error;
  }
  return {
    pid,
    stop: () => stopKnotd(pid),
    stats: () => knotStats(files.confPath),
  };
}

function knotStats(confPath: string): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    execFile('/usr/sbin/knotc', ['-c', confPath, 'stats'], (error, stdout) => {
      if (error) return reject(error);
      const counters: Record<string, number> = {};
      for (const line of stdout.split('\n')) {
        const match = /^(\S+) = (\d+)$/.exec(line.trim());
        if (match?.[1] && match[2]) counters[match[1]] = Number(match[2]);
      }
      resolve(counters);
    });
  });
}
