import { describe, expect, it } from 'vitest';
import { reservedAddressKind, unmappedIpv4 } from '@/audit/net/reserved-address';
import { isAllowed, parseWebhookAllow, webhookAllowList } from './webhook-allow-list';

describe('reservedAddressKind', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'shared (carrier-grade NAT)'],
    ['169.254.169.254', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.10', 'reserved'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fe80::1', 'link-local'],
    ['fd00:ec2::254', 'unique-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['0:0:0:0:0:ffff:10.0.0.1', 'private'],
    ['::127.0.0.1', 'reserved'],
    ['64:ff9b::a00:1', 'reserved'],
    ['2002:7f00:1::1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['not an address', 'reserved'],
  ])('%s is %s', (address, kind) => {
    expect(reservedAddressKind(address)).toBe(kind);
  });

  it.each(['8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    '%s is public',
    (address) => {
      expect(reservedAddressKind(address)).toBeNull();
    },
  );

  it('reads an IPv4-mapped address in any spelling', () => {
    expect(unmappedIpv4('::ffff:7f00:1')).toBe('127.0.0.1');
    expect(unmappedIpv4('::FFFF:192.168.0.1')).toBe('192.168.0.1');
    expect(unmappedIpv4('2001:db8::1')).toBeNull();
  });
});

describe('KENSA_WEBHOOK_ALLOW', () => {
  it('takes host names, addresses and networks, and names what it cannot read', () => {
    const allow = webhookAllowList(' Hooks.Internal. , 10.20.0.0/16, 127.0.0.1, [::1], [fd00::]/8 ');
    expect(isAllowed(allow, 'hooks.internal', '10.9.9.9')).toBe(true);
    expect(isAllowed(allow, 'other.internal', '10.20.3.4')).toBe(true);
    expect(isAllowed(allow, 'other.internal', '10.21.3.4')).toBe(false);
    expect(isAllowed(allow, 'x', '::ffff:127.0.0.1')).toBe(true);
    expect(isAllowed(allow, 'x', '::1')).toBe(true);
    expect(isAllowed(allow, 'x', 'fd12::1')).toBe(true);
    expect(isAllowed(allow, 'x', '127.0.0.2')).toBe(false);
    expect(parseWebhookAllow('10.0.0.0/33, *.internal, http://x, 10.0.0.1/8/2')).toEqual({
      ok: false,
      bad: ['10.0.0.0/33', '*.internal', 'http://x', '10.0.0.1/8/2'],
    });
    expect(parseWebhookAllow(undefined)).toMatchObject({ ok: true });
  });
});
