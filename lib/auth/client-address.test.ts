import { describe, expect, it } from 'vitest';
import { clientAddressFrom } from './client-address';

describe('clientAddressFrom', () => {
  it('with no proxy, reads the address Next.js recorded for the connection', () => {
    expect(clientAddressFrom('192.0.2.10', 0)).toBe('192.0.2.10');
    expect(clientAddressFrom('::ffff:192.0.2.10', 0)).toBe('192.0.2.10');
    expect(clientAddressFrom('2001:DB8::1', 0)).toBe('2001:db8::1');
    expect(clientAddressFrom(null, 0)).toBeNull();
  });

  it('behind N proxies, takes the N-th entry from the right, whatever the client wrote before it', () => {
    const header = '203.0.113.66, 198.51.100.7, 10.0.0.2';
    expect(clientAddressFrom(header, 1)).toBe('10.0.0.2');
    expect(clientAddressFrom(header, 2)).toBe('198.51.100.7');
    // Fewer entries than proxies: the left-most is as far as the header goes.
    expect(clientAddressFrom('198.51.100.7', 3)).toBe('198.51.100.7');
  });

  it('accepts an address with brackets or a port, and nothing that is not an address', () => {
    expect(clientAddressFrom('[2001:db8::7]:443', 1)).toBe('2001:db8::7');
    expect(clientAddressFrom('192.0.2.1:5123', 1)).toBe('192.0.2.1');
    expect(clientAddressFrom('unknown', 1)).toBeNull();
    expect(clientAddressFrom('192.0.2.1, <script>', 1)).toBeNull();
    expect(clientAddressFrom(' , ', 1)).toBeNull();
  });
});
