/**
 * Whether a fixture Knot serves its zones: every zone must answer its own SOA query (a zone still
 * loading, or whose file failed to load, answers SERVFAIL).
 */
import { createDnsClient } from '../../audit/dns/dns-client';
import { sleep } from './knot-process';

/** Zones that do not answer their SOA yet; with no zones, [''] until the server answers anything. */
export async function zonesNotServed(port: number, zones: string[]): Promise<string[]> {
  const client = createDnsClient({ servers: [{ host: '127.0.0.1', port }], timeoutMs: 250, tries: 1 });
  try {
    if (zones.length === 0) return (await client.query('', 'SOA')).outcome === 'timeout' ? [''] : [];
    const answers = await Promise.all(zones.map((zone) => client.query(zone, 'SOA')));
    return answers.filter((answer) => answer.outcome !== 'answer').map((answer) => answer.name);
  } finally {
    client.close();
  }
}

/** Polls until every zone is served; rejects after `timeoutMs` or as soon as `isAlive()` turns false. */
export async function waitUntilServed(options: {
  port: number;
  zones: string[];
  isAlive: () => boolean;
  timeoutMs?: number;
}): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  for (;;) {
    if (!options.isAlive()) throw new Error('knotd exited');
    const missing = await zonesNotServed(options.port, options.zones);
    if (missing.length === 0) return;
    if (Date.now() > deadline) {
      throw new Error(
        `knotd on 127.0.0.1@${options.port} does not serve: ${missing.join(', ') || 'anything'}`,
      );
    }
    await sleep(50);
  }
}
