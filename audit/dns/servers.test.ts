import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatServer, parseServers, systemServers } from './servers';

describe('parseServers', () => {
  it('reads IPv4 and IPv6 addresses with optional ports, 53 by default', () => {
    expect(parseServers('127.0.0.1:5391, [::1]:53,10.0.0.1,::1,[2001:DB8:0::1]')).toEqual({
      ok: true,
      servers: [
        { host: '127.0.0.1', port: 5391 },
        { host: '::1', port: 53 },
        { host: '10.0.0.1', port: 53 },
        { host: '::1', port: 53 },
        { host: '2001:db8::1', port: 53 },
      ],
    });
  });

  it.each([
    ['', 'no DNS server given'],
    ['dns.example:53', 'bad DNS server "dns.example:53": not an IP address (host names are not resolved)'],
    ['127.0.0.1:0', 'bad DNS server "127.0.0.1:0": the port must be 1-65535'],
    ['127.0.0.1:99999', 'bad DNS server "127.0.0.1:99999": the port must be 1-65535'],
    ['127.0.0.1:5x', 'bad DNS server "127.0.0.1:5x": the port must be a number'],
    ['[::1]:', 'bad DNS server "[::1]:": the port must be a number'],
    ['[127.0.0.1]:53', 'bad DNS server "[127.0.0.1]:53": brackets are only for IPv6 addresses'],
  ])('rejects %j', (text, error) => {
    expect(parseServers(text)).toEqual({ ok: false, error });
  });
});

describe('formatServer', () => {
  it('brackets IPv6', () => {
    expect(formatServer({ host: '::1', port: 53 })).toBe('[::1]:53');
    expect(formatServer({ host: '127.0.0.1', port: 5391 })).toBe('127.0.0.1:5391');
  });
});

describe('systemServers', () => {
  it('takes the nameserver lines of resolv.conf, else 127.0.0.1:53', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kensa-resolv-'));
    const path = join(dir, 'resolv.conf');
    await writeFile(
      path,
      '# comment\nsearch example\nnameserver 192.0.2.53\n nameserver fe80::1%eth0\noptions ndots:1\n',
    );
    expect(await systemServers(path)).toEqual([
      { host: '192.0.2.53', port: 53 },
      { host: 'fe80::1', port: 53 },
    ]);
    await writeFile(path, 'search example\n');
    expect(await systemServers(path)).toEqual([{ host: '127.0.0.1', port: 53 }]);
    expect(await systemServers(join(dir, 'missing'))).toEqual([{ host: '127.0.0.1', port: 53 }]);
    await rm(dir, { recursive: true });
  });
});
