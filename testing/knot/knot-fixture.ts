/**
 * Shell entry point for the fixture Knot server (see knot-server.ts):
 *
 *   tsx testing/knot/knot-fixture.ts start  --zones DIR --port N --state DIR
 *   tsx testing/knot/knot-fixture.ts reload --state DIR [--zone NAME]
 *   tsx testing/knot/knot-fixture.ts stop   --state DIR
 *
 * `start` runs knotd detached, records its pid in STATE/knotd.pid and exits 0 once every zone answers;
 * when knotd already runs from STATE on that port and answers, it does nothing. Exit 1 on any failure.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { type KnotSettings, knotFiles, listZones, writeKnotConf } from './knot-config';
import { isKnotdAlive, logTail, runningKnotd, spawnKnotd, stopKnotd } from './knot-process';
import { waitUntilServed, zonesNotServed } from './knot-ready';
import { reloadKnot } from './knot-server';

const argsSchema = z.object({
  command: z.enum(['start', 'stop', 'reload']),
  state: z.string().min(1),
  zones: z.string().min(1).optional(),
  port: z.coerce.number().int().min(1).max(65535).optional(),
  zone: z.string().min(1).optional(),
});
type Args = z.infer<typeof argsSchema>;

const settingsSchema = z.object({ zonesDir: z.string(), port: z.number().int(), stateDir: z.string() });
const settingsPath = (stateDir: string) => join(knotFiles(stateDir).stateDir, 'knot-fixture.json');

async function start(args: Args): Promise<string> {
  if (args.zones === undefined || args.port === undefined) throw new Error('start needs --zones and --port');
  const settings: KnotSettings = { zonesDir: args.zones, port: args.port, stateDir: args.state };
  const files = knotFiles(args.state);
  const running = await runningKnotd(files);
  if (running !== null) {
    const saved = await readSettings(args.state);
    const served =
      saved?.port === args.port && (await zonesNotServed(args.port, await listZones(args.zones)));
    if (served && served.length === 0) return `knotd (pid ${running}) already serves 127.0.0.1@${args.port}`;
    throw new Error(
      `knotd (pid ${running}) already runs from ${files.stateDir} on port ${saved?.port}; stop it`,
    );
  }
  const zones = await writeKnotConf(settings);
  const pid = await spawnKnotd(files, true);
  try {
    await waitUntilServed({ port: args.port, zones, isAlive: () => isKnotdAlive(pid) });
  } catch (error) {
    await stopKnotd(pid);
    throw new Error(`${(error as Error).message}\n${await logTail(files)}`);
  }
  await writeFile(settingsPath(args.state), JSON.stringify(settings));
  return `knotd (pid ${pid}) serves ${zones.length} zones on 127.0.0.1@${args.port}`;
}

async function reload(args: Args): Promise<string> {
  const settings = await readSettings(args.state);
  if (!settings) throw new Error(`no fixture knotd was started from ${args.state}`);
  await reloadKnot(settings, knotFiles(args.state), args.zone);
  return `reloaded ${args.zone ?? 'all zones'}`;
}

async function stop(args: Args): Promise<string> {
  const files = knotFiles(args.state);
  const pid = await runningKnotd(files);
  if (pid !== null) await stopKnotd(pid);
  await rm(files.pidPath, { force: true });
  return pid === null ? 'knotd was not running' : `stopped knotd (pid ${pid})`;
}

async function readSettings(stateDir: string): Promise<KnotSettings | null> {
  const text = await readFile(settingsPath(stateDir), 'utf8').catch(() => null);
  const parsed = text === null ? null : settingsSchema.safeParse(JSON.parse(text));
  return parsed?.success ? parsed.data : null;
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      state: { type: 'string' },
      zones: { type: 'string' },
      port: { type: 'string' },
      zone: { type: 'string' },
    },
  });
  const args = argsSchema.parse({ command: positionals[0], ...values });
  const run = { start, stop, reload }[args.command];
  console.log(await run(args));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof z.ZodError ? z.prettifyError(error) : (error as Error).message);
  process.exitCode = 1;
});
