/**
 * Shell entry point for the HTTPS fixture server (https-fixture-server.ts), for `npm run demo`:
 *
 *   tsx testing/https/https-fixture-daemon.ts --state DIR
 *
 * Serves the fixture sites on a free loopback port until SIGTERM or SIGINT. Once listening it writes
 * the test CA to DIR/ca.pem (for NODE_EXTRA_CA_CERTS) and then the port to DIR/port (what callers
 * wait for); stopping removes both.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { startHttpsFixture } from './https-fixture-server';

const { values } = parseArgs({ options: { state: { type: 'string' } } });
const state = z.string().min(1).parse(values.state);

const portFile = join(state, 'port');
await mkdir(state, { recursive: true });
await rm(portFile, { force: true });
const server = await startHttpsFixture();
await writeFile(join(state, 'ca.pem'), server.caPem);
await writeFile(portFile, String(server.port));

const stop = async () => {
  await rm(portFile, { force: true });
  await server.stop();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
