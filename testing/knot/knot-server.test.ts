import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsClient } from '../../audit/dns/dns-client';
import { knotFiles } from './knot-config';
import { isKnotdAlive, runningKnotd } from './knot-process';
import { startKnot } from './knot-server';
import { startTempKnot, type TempKnot, zoneFile } from './temp-knot';

let knot: TempKnot;

const ask = async <T extends 'TXT' | 'SOA'>(name: string, type: T) => {
  const client = createDnsClient({
    servers: [{ host: '127.0.0.1', port: knot.port }],
    timeoutMs: 300,
    tries: 1,
  });
  const answer = await client.query(name, type);
  client.close();
  return answer;
};

beforeAll(async () => {
  knot = await startTempKnot({ 'x.test': zoneFile('x.test', '@ TXT "v=spf1 -all"') });
});
afterAll(async () => {
  await knot?.stop();
});

describe('startKnot', () => {
  it('serves the zone files and records its pid', async () => {
    expect((await ask('x.test', 'TXT')).records).toEqual([['v=spf1 -all']]);
    expect(await runningKnotd(knotFiles(knot.stateDir))).not.toBeNull();
  });

  it('refuses a second knotd on the same state dir', async () => {
    await expect(
      startKnot({ zonesDir: knot.zonesDir, port: knot.port, stateDir: knot.stateDir }),
    ).rejects.toThrow(/already runs/);
  });
});

describe('reload', () => {
  it('serves an edited zone file once reload(zone) resolves, even with the serial unchanged', async () => {
    await knot.writeZone('x.test', zoneFile('x.test', '@ TXT "v=spf1 ~all"'));
    await knot.reload('x.test');
    expect((await ask('x.test', 'TXT')).records).toEqual([['v=spf1 ~all']]);
  });

  it('serves a new serial and picks up added zone files on reload()', async () => {
    await knot.writeZone('x.test', zoneFile('x.test', '@ TXT "v=spf1 ?all"', 2));
    await knot.writeZone('y.test', zoneFile('y.test', '@ TXT "v=spf1 +all"'));
    await knot.reload();
    expect((await ask('x.test', 'SOA')).records[0]?.serial).toBe(2);
    expect((await ask('x.test', 'TXT')).records).toEqual([['v=spf1 ?all']]);
    expect((await ask('y.test', 'TXT')).records).toEqual([['v=spf1 +all']]);
  });

  it('rejects when a zone file does not load', async () => {
    await knot.writeZone('y.test', 'not a zone\n');
    await expect(knot.reload('y.test')).rejects.toThrow(/knotc -b zone-reload y.test failed/);
  });
});

describe('stop', () => {
  it('ends knotd; nothing answers any more', async () => {
    const other = await startTempKnot({ 'z.test': zoneFile('z.test', '') });
    const pid = await runningKnotd(knotFiles(other.stateDir));
    await other.stop();
    expect(pid !== null && isKnotdAlive(pid)).toBe(false);
    const client = createDnsClient({
      servers: [{ host: '127.0.0.1', port: other.port }],
      timeoutMs: 200,
      tries: 1,
    });
    expect((await client.query('z.test', 'SOA')).outcome).toBe('timeout');
    client.close();
  });
});
