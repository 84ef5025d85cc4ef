/**
 * A Knot DNS server for tests and demos: serves every `NAME.zone` file of `zonesDir` as zone NAME on
 * 127.0.0.1@port, authoritatively, so NXDOMAIN/NODATA, truncation and CNAMEs behave as on the Internet.
 *
 *   const knot = await startKnot({ zonesDir, port: await findFreePort(), stateDir });
 *   … edit a zone file …; await knot.reload('example.test');
 *   await knot.stop();
 *
 * Shell scripts use knot-fixture.ts instead, which runs the same server detached.
 */
import { type KnotFiles, type KnotSettings, knotFiles, writeKnotConf } from './knot-config';
import { isKnotdAlive, logTail, runKnotc, runningKnotd, spawnKnotd, stopKnotd } from './knot-process';
import { waitUntilServed } from './knot-ready';

export interface KnotServer {
  port: number;
  /** Stops knotd (SIGTERM) and waits until it has exited. */
  stop(): Promise<void>;
  /**
   * Re-reads one zone file, or (no argument) re-scans zonesDir for added or removed zone files and
   * re-reads them all. Resolves once the new contents are served; rejects if a zone file fails to load.
   */
  reload(zone?: string): Promise<void>;
}

export async function startKnot(settings: KnotSettings): Promise<KnotServer> {
  const files = knotFiles(settings.stateDir);
  const stale = await runningKnotd(files);
  if (stale !== null)
    throw new Error(`knotd (pid ${stale}) already runs from ${files.stateDir}; stop it first`);
  const zones = await writeKnotConf(settings);
  const pid = await spawnKnotd(files, false);
  try {
    await waitUntilServed({ port: settings.port, zones, isAlive: () => isKnotdAlive(pid) });
  } catch (error) {
    await stopKnotd(pid);
    throw new Error(`${(error as Error).message}\n${await logTail(files)}`);
  }
  return {
    port: settings.port,
    stop: () => stopKnotd(pid),
    reload: (zone) => reloadKnot(settings, files, zone),
  };
}

/**
 * `knotc -b` waits until the zone load event has finished, and Knot swaps in a loaded zone atomically,
 * so once it returns the new contents are what Knot serves; the SOA queries confirm each zone answers.
 */
export async function reloadKnot(settings: KnotSettings, files: KnotFiles, zone?: string): Promise<void> {
  const pid = await runningKnotd(files);
  if (pid === null) throw new Error(`no knotd runs from ${files.stateDir}`);
  let zones = zone === undefined ? [] : [zone];
  if (zone === undefined) {
    zones = await writeKnotConf(settings);
    await runKnotc(files, ['reload']);
  }
  // zone-reload re-reads the file even when its modification time looks unchanged.
  await runKnotc(files, ['-b', 'zone-reload', ...zones]);
  await waitUntilServed({ port: settings.port, zones, isAlive: () => isKnotdAlive(pid), timeoutMs: 5_000 });
}
