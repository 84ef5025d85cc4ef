/**
 * The files of one fixture Knot server: a state directory holding knot.conf, knotd.pid, knotd.log, the
 * run dir (control socket) and the database, serving every `NAME.zone` file of a zones directory as
 * zone NAME. Settings as in shared/notes/environment.md: zone files are read, never written back.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export interface KnotFiles {
  stateDir: string;
  confPath: string;
  pidPath: string;
  logPath: string;
}

export interface KnotSettings {
  zonesDir: string;
  port: number;
  stateDir: string;
}

export function knotFiles(stateDir: string): KnotFiles {
  const dir = resolve(stateDir);
  return {
    stateDir: dir,
    confPath: join(dir, 'knot.conf'),
    pidPath: join(dir, 'knotd.pid'),
    logPath: join(dir, 'knotd.log'),
  };
}

/** Zone names (no trailing dot), sorted, one per `*.zone` file. */
export async function listZones(zonesDir: string): Promise<string[]> {
  const files = await readdir(zonesDir);
  const zones = files.filter((file) => file.endsWith('.zone')).map((file) => file.slice(0, -'.zone'.length));
  const bad = zones.find((zone) => !/^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/i.test(zone));
  if (bad !== undefined) throw new Error(`zone file "${bad}.zone" is not named after a domain`);
  return zones.sort();
}

/** Writes knot.conf for the zones now in zonesDir; returns their names. */
export async function writeKnotConf(settings: KnotSettings): Promise<string[]> {
  const files = knotFiles(settings.stateDir);
  const zones = await listZones(settings.zonesDir);
  await mkdir(join(files.stateDir, 'run'), { recursive: true });
  await mkdir(join(files.stateDir, 'db'), { recursive: true });
  await writeFile(files.confPath, renderKnotConf(settings, zones));
  return zones;
}

export function renderKnotConf(settings: KnotSettings, zones: string[]): string {
  const stateDir = resolve(settings.stateDir);
  const lines = [
    'server:',
    `    rundir: "${join(stateDir, 'run')}"`,
    `    listen: 127.0.0.1@${settings.port}`,
    '    udp-workers: 2',
    '    tcp-workers: 2',
    'log:',
    '  - target: stderr',
    '    any: info',
    'database:',
    `    storage: "${join(stateDir, 'db')}"`,
    'template:',
    '  - id: default',
    `    storage: "${resolve(settings.zonesDir)}"`,
    '    file: "%s.zone"',
    '    semantic-checks: off',
    '    zonefile-sync: -1',
    '    journal-content: none',
  ];
  if (zones.length > 0) lines.push('zone:', ...zones.map((zone) => `  - domain: ${zone}.`));
  return `${lines.join('\n')}\n`;
}
