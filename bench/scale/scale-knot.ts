/**
 * The first N synthetic domains' zones (generate-zones.ts) served by a private Knot with mod-stats
 * (stats-knot.ts) on a free port, for the engine benches and the golden-report test; everything is
 * removed again when `run` ends.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '@/testing/knot/find-free-port';
import { generateZones } from './generate-zones';
import { type StatsKnot, startStatsKnot } from './stats-knot';

export interface ScaleKnot extends StatsKnot {
  port: number;
  /** Queries that reached Knot since it started, every transport. */
  queriesReceived(): Promise<number>;
}

export async function withScaleKnot<T>(count: number, run: (knot: ScaleKnot) => Promise<T>): Promise<T> {
  const root = await mkdtemp(join(tmpdir(), 'kensa-scale-knot-'));
  try {
    await generateZones(count, join(root, 'zones'));
    const port = await findFreePort();
    const knot = await startStatsKnot({ zonesDir: join(root, 'zones'), port, stateDir: join(root, 'knot') });
    const queriesReceived = async () => {
      const stats = await knot.stats();
      return Object.entries(stats)
        .filter(([key]) => key.startsWith('mod-stats.request-protocol'))
        .reduce((sum, [, value]) => sum + value, 0);
    };
    try {
      return await run({ ...knot, port, queriesReceived });
    } finally {
      await knot.stop();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
