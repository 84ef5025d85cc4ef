/**
 * Shell entry point for the fixture Dovecot IMAP server (scripts/lib/services.sh):
 *
 *   tsx testing/imap/dovecot-fixture.ts start --port N --state DIR
 *   tsx testing/imap/dovecot-fixture.ts stop  --state DIR
 *
 * `start` empties DIR, writes a fresh configuration and test CA, runs dovecot (it daemonises) and exits 0 once
 * it answers with TLS on 127.0.0.1:N; when it already runs from DIR it does nothing. Tests find
 * the port, CA and users through KENSA_TEST_IMAP_PORT and KENSA_TEST_IMAP_STATE (test-imap.ts).
 */
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { parseArgs, promisify } from 'node:util';
import { z } from 'zod';
import { dovecotFiles, writeDovecotConf } from './dovecot-config';
import { runningDovecot, stopDovecot, waitUntilAnswering } from './dovecot-process';

const run = promisify(execFile);

const argsSchema = z.object({
  command: z.enum(['start', 'stop']),
  state: z.string().min(1),
  port: z.coerce.number().int().min(1).max(65534).optional(),
});
type Args = z.infer<typeof argsSchema>;

async function start(args: Args): Promise<string> {
  if (args.port === undefined) throw new Error('start needs --port');
  const files = dovecotFiles(args.state);
  const running = await runningDovecot(files);
  if (running !== null) return `dovecot (pid ${running}) already runs from ${files.stateDir}`;
  // Each start is a fresh server: no users or mail left from an earlier run.
  await rm(files.stateDir, { recursive: true, force: true });
  await writeDovecotConf(files, args.port);
  await run('/usr/sbin/dovecot', ['-c', files.confPath], { timeout: 60_000 });
  try {
    await waitUntilAnswering(files, args.port);
  } catch (error) {
    const log = await readFile(files.logPath, 'utf8').catch(() => '');
    throw new Error(`${(error as Error).message}\n${log.trimEnd().split('\n').slice(-15).join('\n')}`);
  }
  return `dovecot serves IMAP with TLS on 127.0.0.1:${args.port} (STARTTLS on ${args.port + 1})`;
}

async function stop(args: Args): Promise<string> {
  const files = dovecotFiles(args.state);
  const pid = await runningDovecot(files);
  if (pid !== null) await stopDovecot(pid);
  return pid === null ? 'dovecot was not running' : `stopped dovecot (pid ${pid})`;
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { state: { type: 'string' }, port: { type: 'string' } },
  });
  const args = argsSchema.parse({ command: positionals[0], ...values });
  console.log(await { start, stop }[args.command](args));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof z.ZodError ? z.prettifyError(error) : (error as Error).message);
  process.exitCode = 1;
});
