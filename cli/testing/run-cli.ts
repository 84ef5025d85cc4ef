import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runKensa } from '../run-kensa';

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

/** The commands that query DNS. */
const RESOLVING = new Set(['audit', 'spf-eval']);

/**
 * The same command run inside the test's own process (runKensa, what bin/kensa.js runs), for the
 * many cases of a contract: starting a process per case cost each about 1.4 CPU-seconds. Each file
 * that uses it keeps at least one case on runCli, so the installed command is still run as a user
 * runs it. --dns must be given: KENSA_DNS_SERVERS is this process's, not removed as for a child.
 */
export async function runCliInProcess(args: string[], input = ''): Promise<CliRun> {
  if (RESOLVING.has(args[0] ?? '') && !args.includes('--dns'))
    throw new Error(`runCliInProcess: give ${args[0]} a --dns`);
  const started = Date.now();
  let stdout = '';
  let stderr = '';
  const code = await runKensa(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdin: (async function* () {
      if (input) yield input;
    })(),
  });
  return { code, stdout, stderr, ms: Date.now() - started };
}
