import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '../../testing/knot/find-free-port';
import { type KnotServer, startKnot } from '../../testing/knot/knot-server';

export const FIXTURE_ZONES = fileURLToPath(new URL('../../fixtures/zones/', import.meta.url));

export interface FixtureKnot extends KnotServer {
  /** The --dns value for the CLI: "127.0.0.1:PORT". */
  dns: string;
}

/**
 * A Knot server of this test's own, on a free loopback port, serving `zonesDir` (default: the fixture
 * zones, read only); its state lives in a temporary directory that stop() removes.
 */
export async function startFixtureKnot(zonesDir = FIXTURE_ZONES): Promise<FixtureKnot> {
  const stateDir = await mkdtemp(join(tmpdir(), 'kensa-cli-knot-'));
  const knot = await startKnot({ zonesDir, port: await findFreePort(), stateDir });
  return {
    ...knot,
    dns: `127.0.0.1:${knot.port}`,
    async stop() {
      await knot.stop();
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}
