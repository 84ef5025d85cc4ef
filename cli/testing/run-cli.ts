import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Runs the `kensa` CLI (`tsx cli/main.ts …`) as a user would, in its own process, and collects what it
 * printed and its exit status. KENSA_DNS_SERVERS is removed so only an explicit --dns is ever used.
 * `input` is written to its stdin, which is then closed (also when there is none).
 */
export function runCli(args: string[], input = ''): Promise<CliRun> {
  const started = Date.now();
  const env = { ...process.env };
  delete env.KENSA_DNS_SERVERS;
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['cli/main.ts', ...args], { cwd: REPO_ROOT, env });
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
