/**
 * Starting, probing and stopping one knotd process, and running knotc against it.
 */
import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { open, readFile, writeFile } from 'node:fs/promises';
import type { KnotFiles } from './knot-config';

const KNOTD = '/usr/sbin/knotd';
const KNOTC = '/usr/sbin/knotc';

/**
 * Starts knotd on files.confPath with its log in files.logPath and records its pid in files.pidPath.
 * `detached`: in its own process group, outliving this process (for the shell CLI).
 */
export async function spawnKnotd(files: KnotFiles, detached: boolean): Promise<number> {
  const log = await open(files.logPath, 'a');
  try {
    const child = spawn(KNOTD, ['-c', files.confPath], { detached, stdio: ['ignore', log.fd, log.fd] });
    const pid = await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('spawn', () => resolve(child.pid ?? 0));
    });
    if (detached) child.unref();
    await writeFile(files.pidPath, `${pid}\n`);
    return pid;
  } finally {
    await log.close();
  }
}

/** The pid in files.pidPath if that process is a live knotd, else null. */
export async function runningKnotd(files: KnotFiles): Promise<number | null> {
  const pid = Number.parseInt(await readFile(files.pidPath, 'utf8').catch(() => ''), 10);
  return Number.isInteger(pid) && isKnotdAlive(pid) ? pid : null;
}

/** Alive and knotd: a zombie (exited, not yet reaped) or a recycled pid does not count. */
export function isKnotdAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // proc(5): "pid (comm) state …"
    return /^\d+ \(knotd\) [^Z]/.test(stat);
  } catch {
    return false;
  }
}

/** SIGTERM (knotd shuts down cleanly), then SIGKILL if it is still there after `graceMs`. */
export async function stopKnotd(pid: number, graceMs = 10_000): Promise<void> {
  if (!isKnotdAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isKnotdAlive(pid) && Date.now() < deadline) await sleep(25);
  if (isKnotdAlive(pid)) process.kill(pid, 'SIGKILL');
}

/** Runs knotc; rejects with its output when it fails. */
export function runKnotc(files: KnotFiles, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(KNOTC, ['-c', files.confPath, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      if (!error) return resolve();
      const output = `${stdout}${stderr}`.trim();
      reject(new Error(`knotc ${args.join(' ')} failed: ${output || error.message} (log: ${files.logPath})`));
    });
  });
}

/** The last lines of knotd's log, for error messages. */
export async function logTail(files: KnotFiles, lines = 15): Promise<string> {
  const text = await readFile(files.logPath, 'utf8').catch(() => '');
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
