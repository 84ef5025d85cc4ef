import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findFreePort } from '@/testing/knot/find-free-port';
import { REPO_ROOT } from '@/testing/repo-root';
import { WORKER_NODE_FLAGS } from '../worker-node-flags';

const run = promisify(execFile);

export interface TestRedis {
  url: string;
  /** Kills Redis (its data is gone: no persistence) and starts a fresh one on the same port. */
  restart(downMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** A private redis-server without persistence on a free port; the shared test Redis is never touched. */
export async function startTestRedis(): Promise<TestRedis> {
  const port = await findFreePort();
  let child = await spawnRedis(port);
  return {
    url: `redis://127.0.0.1:${port}`,
    async restart(downMs = 1000) {
      await stopChild(child, 'SIGKILL');
      await sleep(downMs);
      child = await spawnRedis(port);
    },
    stop: () => stopChild(child, 'SIGTERM'),
  };
}

async function spawnRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    try {
      await run('redis-cli', ['-p', String(port), 'ping']);
      return child;
    } catch {
      await sleep(50);
    }
  }
  throw new Error(`redis-server on port ${port} did not start`);
}

export interface TestPostgres {
  /** Superuser URL of the cluster's `postgres` database. */
  url: string;
  restart(downMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** A private PostgreSQL cluster (scripts/lib/services.sh, as the postgres user when root) on a free port. */
export async function startTestPostgres(): Promise<TestPostgres> {
  const dir = await mkdtemp(join(tmpdir(), 'kensa-pg-'));
  const port = await findFreePort();
  const services = (command: string) =>
    run('bash', ['-c', `source scripts/lib/setup.sh && source scripts/lib/services.sh && ${command}`], {
      cwd: REPO_ROOT,
      timeout: 120_000,
    });
  await services(`chmod 755 ${dir} && start_postgres ${dir} ${port} postgres`);
  return {
    url: `postgresql://kensa@127.0.0.1:${port}/postgres`,
    async restart(downMs = 1000) {
      await services(`stop_postgres ${dir}`);
      await sleep(downMs);
      await services(`start_postgres ${dir} ${port} postgres`);
    },
    async stop() {
      await services(`stop_postgres ${dir}`);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface WorkerProcess {
  /** Everything it printed, for assertions and failure messages. */
  output(): string;
  /** Still running (it never exits on its own: outages are waited out). */
  alive(): boolean;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * `workers/main.ts` in a process of its own (node --import tsx: one process, so SIGKILL really kills
 * the worker), with `env` on top of this process's environment; resolves once it says it is ready.
 */
export async function spawnWorker(env: Record<string, string>): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [...WORKER_NODE_FLAGS, '--import', 'tsx', 'workers/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  for (let waited = 0; !output.includes('kensa worker ready'); waited += 50) {
    if (child.exitCode !== null || waited > 30_000) {
      child.kill('SIGKILL');
      throw new Error(`worker did not start:\n${output}`);
    }
    await sleep(50);
  }
  return {
    output: () => output,
    alive: () => child.exitCode === null && child.signalCode === null,
    kill: (signal) => stopChild(child, signal),
  };
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `check` until it returns a value other than undefined, or fails after `timeoutMs`. A check
 * that throws (the database is restarting) counts as "not yet"; its last error is reported on timeout.
 */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(
        `timed out waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`,
      );
    await sleep(100);
  }
}
