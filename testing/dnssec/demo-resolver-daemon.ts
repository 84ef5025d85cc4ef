/**
 * Shell entry point for the demo's validating resolver (`npm run demo`):
 *
 *   tsx testing/dnssec/demo-resolver-daemon.ts --state DIR --knot 127.0.0.1:5391 --zones fixtures/zones
 *
 * Starts Knot signing the demo's DNSSEC cases (demo-dnssec-cases.ts) and Unbound validating them
 * with `dnssec.test` as trust anchor, resolving the zones of --zones (unsigned, so insecure) through
 * the demo's own Knot at --knot and refusing every other name at once, as that Knot does. Once
 * Unbound validates it writes Unbound's loopback port to DIR/port (what callers wait for); SIGTERM
 * or SIGINT stops both servers and removes the file.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parseServers } from '../../audit/dns/servers';
import { listZones } from '../knot/knot-config';
import { DEMO_DNSSEC_CASES } from './demo-dnssec-cases';
import { startSignedDns } from './signed-dns';

const { values } = parseArgs({
  options: { state: { type: 'string' }, knot: { type: 'string' }, zones: { type: 'string' } },
});
const args = z
  .object({ state: z.string().min(1), knot: z.string().min(1), zones: z.string().min(1) })
  .parse(values);
const knot = parseServers(args.knot);
if (!knot.ok || knot.servers.length !== 1) throw new Error(`--knot ${args.knot}: one address:port expected`);

const portFile = join(args.state, 'port');
await mkdir(args.state, { recursive: true });
await rm(portFile, { force: true });
const dns = await startSignedDns(DEMO_DNSSEC_CASES, {
  passThrough: {
    zones: await listZones(args.zones),
    server: knot.servers[0] as { host: string; port: number },
  },
});
// Renamed into place: a caller polling for the file never reads half a port number.
await writeFile(`${portFile}.new`, String(dns.resolver.port));
await rename(`${portFile}.new`, portFile);

// Ctrl-C in the demo sends SIGINT to the whole process group (tsx relays it too) and the demo's
// clean-up then SIGTERM: the first signal stops, the others must neither stop again nor kill the
// process halfway (as the default action of a signal without a handler would).
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await rm(portFile, { force: true });
  await dns.stop();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
