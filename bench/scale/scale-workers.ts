/**
 * The scan worker processes of a scale run: W copies of workers/main.ts, each with its log file, as an
 * operator would start them (`npm run worker`: node with the worker's flags and tsx), against the run's
 * private services.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sleep } from '@/testing/knot/knot-process';
import { WORKER_NODE_FLAGS } from '@/workers/worker-node-flags';
import { treeCpuSeconds, treePeakRssMiB } from './process-usage';

export interface WorkerSettings {
  count: number;
  concurrency: number;
  dnsServer: string;
  logDir: string;
  /** Extra KENSA_* variables passed through (e.g. KENSA_DNS_QPS). */
  env: Record<string, string>;
}

export interface ScaleWorkers {
  pids: number[];
  /** CPU seconds and peak RSS (MiB) of each worker, read while they still run. */
  usage(): Array<{ cpuSeconds: number; peakRssMiB: number }>;
  /** Failed job attempts the workers logged, by message (each was retried unless attempts ran out). */
  failures(): Promise<Record<string, number>>;
  /** SIGTERM, then waits for every worker to exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

export async function startScaleWorkers(settings: WorkerSettings): Promise<ScaleWorkers> {
  const children: ChildProcess[] = [];
  const logs: string[] = [];
  // SCALE_WORKER_CPU_PROF=dir: each worker writes a V8 CPU profile there when it stops.
  const profileDir = process.env.SCALE_WORKER_CPU_PROF;
  const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  for (let k = 0; k < settings.count; k++) {
    const log = join(settings.logDir, `worker-${k}.log`);
    const fd = openSync(log, 'w');
    const child = spawn(
      process.execPath,
      [...WORKER_NODE_FLAGS, ...profiling, '--import', 'tsx', 'workers/main.ts'],
      {
        stdio: ['ignore', fd, fd],
        env: {
          ...process.env,
          ...settings.env,
          KENSA_DNS_SERVERS: settings.dnsServer,
          KENSA_SCAN_CONCURRENCY: String(settings.concurrency),
        },
      },
    );
    children.push(child);
    logs.push(log);
  }
  await waitUntilReady(children, logs);
  const pids = children.map((child) => child.pid ?? 0);
  return {
    pids,
    failures: () => countFailures(logs),
    usage: () => pids.map((pid) => ({ cpuSeconds: treeCpuSeconds(pid), peakRssMiB: treePeakRssMiB(pid) })),
    async stop(graceMs = 30_000) {
      const exited = children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
          }),
      );
      for (const child of children) child.kill('SIGTERM');
      const timer = setTimeout(() => {
        for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
      }, graceMs);
      await Promise.all(exited);
      clearTimeout(timer);
    },
  };
}

/** Each worker prints "kensa worker ready" once its queues are connected. */
async function waitUntilReady(children: ChildProcess[], logs: string[]): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const texts = await Promise.all(logs.map((log) => readFile(log, 'utf8').catch(() => '')));
    if (texts.every((text) => text.includes('kensa worker ready'))) return;
    const dead = children.findIndex((child) => child.exitCode !== null);
    if (dead >= 0) throw new Error(`worker ${dead} exited at start-up:\n${texts[dead]}`);
    if (Date.now() > deadline) throw new Error('workers not ready after 120 s');
    await sleep(250);
  }
}

async function countFailures(logs: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const log of logs) {
    const text = await readFile(log, 'utf8').catch(() => '');
    for (const match of text.matchAll(/^scan job \S+ failed: (.{0,70})/gm)) {
      const message = match[1] ?? '';
      counts[message] = (counts[message] ?? 0) + 1;
    }
  }
  return counts;
}
