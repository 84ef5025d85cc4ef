/**
 * For tests: a Knot server on a free port serving zones written to a fresh temporary directory, removed
 * again by `stop()`.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from './find-free-port';
import { type KnotServer, startKnot } from './knot-server';

export interface TempKnot extends KnotServer {
  zonesDir: string;
  stateDir: string;
  /** Writes (or overwrites) NAME.zone; call reload() for Knot to see it. */
  writeZone(name: string, text: string): Promise<void>;
}

/** `zones`: zone name → zone file text (see zoneFile()). */
export async function startTempKnot(zones: Record<string, string>): Promise<TempKnot> {
  const root = await mkdtemp(join(tmpdir(), 'kensa-knot-'));
  const zonesDir = join(root, 'zones');
  const stateDir = join(root, 'state');
  await mkdir(zonesDir);
  const writeZone = (name: string, text: string) => writeFile(join(zonesDir, `${name}.zone`), text);
  for (const [name, text] of Object.entries(zones)) await writeZone(name, text);
  const knot = await startKnot({ zonesDir, port: await findFreePort(), stateDir });
  return {
    ...knot,
    zonesDir,
    stateDir,
    writeZone,
    async stop() {
      await knot.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** A zone file for `origin`: default TTL 300, SOA (negative TTL 60) and NS, then `records`. */
export function zoneFile(origin: string, records: string, serial = 1): string {
  return [
    `$ORIGIN ${origin}.`,
    '$TTL 300',
    `@ 3600 IN SOA ns.${origin}. hostmaster.${origin}. ${serial} 7200 3600 1209600 60`,
    `@ NS ns.${origin}.`,
    records.trim(),
    '',
  ].join('\n');
}
