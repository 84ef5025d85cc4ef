import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KENSA = fileURLToPath(new URL('../../bin/kensa.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Runs the `kensa` CLI (bin/kensa.js, the command npm installs) as a user would, in one process of its
 * own (the `tsx` command would start a second node process per run), and collects what it printed and
 * its exit status. KENSA_DNS_SERVERS is removed so only an explicit --dns is ever used.
 * `input` is written to its stdin, which is then closed (also when there is none).
 */
export function runCli(args: string[], input = ''): Promise<CliRun> {
  const started = Date.now();
  const env = { ...process.env };
  delete env.KENSA_DNS_SERVERS;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KENSA, ...args], { cwd: REPO_ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.once('error', reject);
    child.stdin.end(input);
    child.once('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}
