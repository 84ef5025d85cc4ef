import { describe, expect, it } from 'vitest';
import {
  dottedIp,
  formatIp,
  type IpAddress,
  inNetwork,
  parseClientIp,
  parseIpv4,
  parseIpv6,
  reverseName,
} from './ip-address';

const ip = (text: string): IpAddress => {
  const parsed = parseClientIp(text);
  if (!parsed) throw new Error(`bad test address ${text}`);
  return parsed;
};

describe('parseIpv4', () => {
  it('accepts dotted quads of 0-255 without leading zeros (RFC 7208 §12 qnum)', () => {
    expect(parseIpv4('192.0.2.255')).toEqual(new Uint8Array([192, 0, 2, 255]));
    expect(parseIpv4('0.0.0.0')).toEqual(new Uint8Array(4));
    for (const bad of ['1.2.3', '1.2.3.4.5', '1.2.3.256', '01.2.3.4', '1.2.3.4 ', '1..3.4', 'a.b.c.d', '']) {
      expect(parseIpv4(bad)).toBeNull();
    }
  });
});

describe('parseIpv6', () => {
  it('accepts the RFC 4291 §2.2 forms', () => {
    expect(parseIpv6('2001:db8::1')?.[15]).toBe(1);
    expect(parseIpv6('::')).toEqual(new Uint8Array(16));
    expect(parseIpv6('::1.2.3.4')?.slice(12)).toEqual(new Uint8Array([1, 2, 3, 4]));
    expect(parseIpv6('1:2:3:4:5:6:7:8')?.[15]).toBe(8);
    expect(parseIpv6('1:2:3:4:5:6:1.2.3.4')?.[12]).toBe(1);
    expect(parseIpv6('CAFE:BABE::')?.[0]).toBe(0xca);
  });

  it('rejects malformed addresses', () => {
    for (const bad of [
      ':CAFE::BABE',
      '2001:db8:::1',
      '1::2::3',
      '1:2:3:4:5:6:7',
      '1:2:3:4:5:6:7:8:9',
      '12345::',
      'g::1',
      '1.2.3.4::',
      '::1.2.3',
      '1:2:3:4:5:6:7::8',
      '',
    ]) {
      expect(parseIpv6(bad), bad).toBeNull();
    }
  });
});

describe('client addresses', () => {
  it('treats an IPv4-mapped IPv6 client as IPv4 (RFC 7208 §5)', () => {
    expect(ip('::FFFF:1.2.3.4')).toEqual({ version: 4, bytes: new Uint8Array([1, 2, 3, 4]) });
    expect(ip('::ffff:102:304').version).toBe(4);
    expect(ip('2001:db8::1').version).toBe(6);
    expect(parseClientIp('mail.example.com')).toBeNull();
  });

  it('matches networks bit by bit', () => {
    const client = ip('192.0.2.130').bytes;
    expect(inNetwork(client, new Uint8Array([192, 0, 2, 128]), 25)).toBe(true);
    expect(inNetwork(client, new Uint8Array([192, 0, 2, 0]), 25)).toBe(false);
    expect(inNetwork(client, new Uint8Array([10, 0, 0, 0]), 0)).toBe(true);
    expect(inNetwork(ip('2001:db8:1234::cafe').bytes, ip('2001:db8:1234::dead').bytes, 64)).toBe(true);
    expect(inNetwork(client, ip('2001:db8::').bytes, 0)).toBe(false);
  });

  it('formats %{c}, %{i} and the reverse name (RFC 7208 §7.3, RFC 5952)', () => {
    expect(formatIp(ip('CAFE:BABE::1'))).toBe('cafe:babe::1');
    expect(formatIp(ip('2001:db8:0:0:1:0:0:1'))).toBe('2001:db8::1:0:0:1');
    expect(formatIp(ip('2001:db8:1:2:3:4:5:6'))).toBe('2001:db8:1:2:3:4:5:6');
    expect(formatIp(ip('::'))).toBe('::');
    expect(formatIp(ip('192.0.2.3'))).toBe('192.0.2.3');
    expect(dottedIp(ip('192.0.2.3'))).toBe('192.0.2.3');
    expect(dottedIp(ip('2001:db8::cb01'))).toBe(
      '2.0.0.1.0.D.B.8.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.C.B.0.1',
    );
    expect(reverseName(ip('192.0.2.3'))).toBe('3.2.0.192.in-addr.arpa');
    expect(reverseName(ip('2001:db8::cb01')).toLowerCase()).toBe(
      '1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa',
    );
  });
});
