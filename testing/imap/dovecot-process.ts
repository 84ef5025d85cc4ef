/** Probing and stopping the fixture's dovecot master process. */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { connect } from 'node:tls';
import type { DovecotFiles } from './dovecot-config';

/** The pid in base_dir/master.pid if that process is a live dovecot, else null. */
export async function runningDovecot(files: DovecotFiles): Promise<number | null> {
  const pid = Number.parseInt(await readFile(files.pidPath, 'utf8').catch(() => ''), 10);
  return Number.isInteger(pid) && isDovecotAlive(pid) ? pid : null;
}

function isDovecotAlive(pid: number): boolean {
  try {
    // proc(5): "pid (comm) state …"; a zombie or a recycled pid does not count.
    return /^\d+ \(dovecot\) [^Z]/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** SIGTERM (the master stops its children), then SIGKILL if it is still there after `graceMs`. */
export async function stopDovecot(pid: number, graceMs = 10_000): Promise<void> {
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isDovecotAlive(pid) && Date.now() < deadline) await sleep(25);
  if (isDovecotAlive(pid)) process.kill(pid, 'SIGKILL');
}

/** Resolves once the server greets (RFC 3501 §7.1.1 `* OK`) over TLS verified with the test CA. */
export async function waitUntilAnswering(
  files: DovecotFiles,
  port: number,
  timeoutMs = 30_000,
): Promise<void> {
  const ca = await readFile(files.caPath);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await greets(port, ca)) return;
    if (Date.now() > deadline) throw new Error(`dovecot did not answer on 127.0.0.1:${port}`);
    await sleep(100);
  }
}

function greets(port: number, ca: Buffer): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, ca, servername: 'localhost', timeout: 5000 });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('data', (chunk) => done(String(chunk).startsWith('* OK')));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
