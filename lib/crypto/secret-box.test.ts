import { describe, expect, it } from 'vitest';
import { openSecret, sealSecret, secretBoxKey } from './secret-box';

const KEY = secretBoxKey('totp', { KENSA_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') });
const OTHER_KEY = secretBoxKey('totp', { KENSA_SECRET_KEY: Buffer.alloc(32, 8).toString('base64') });
const USER = '0193a000-0000-7000-8000-000000000001';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('secrets at rest', () => {
  it('are sealed with a key (the secret does not show) and open for the same user only', () => {
    const sealed = sealSecret(SECRET, USER, KEY);
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain(SECRET);
    expect(sealSecret(SECRET, USER, KEY)).not.toBe(sealed); // a fresh IV each time
    expect(openSecret(sealed, USER, KEY)).toBe(SECRET);
    expect(openSecret(sealed, '0193a000-0000-7000-8000-000000000002', KEY)).toBeNull();
    expect(openSecret(sealed, USER, OTHER_KEY)).toBeNull();
    expect(openSecret(sealed, USER, null)).toBeNull();
  });

  it('refuse an altered sealed value', () => {
    const [kind, iv, body = ''] = sealSecret(SECRET, USER, KEY).split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(openSecret(`${kind}.${iv}.${flipped.toString('base64url')}`, USER, KEY)).toBeNull();
    expect(openSecret('v1.x.y', USER, KEY)).toBeNull();
    expect(openSecret('garbage', USER, KEY)).toBeNull();
  });

  it('are kept as they are, marked, without a key, and still read once a key is set', () => {
    const stored = sealSecret(SECRET, USER, null);
    expect(stored).toBe(`plain.${SECRET}`);
    expect(openSecret(stored, USER, null)).toBe(SECRET);
    expect(openSecret(stored, USER, KEY)).toBe(SECRET);
  });

  it('come from no key when KENSA_SECRET_KEY is unset', () => {
    expect(secretBoxKey('totp', {})).toBeNull();
    expect(KEY?.length).toBe(32);
  });

  it('do not open under the key of another purpose', () => {
    const mailboxKey = secretBoxKey('mailbox-password', {
      KENSA_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
    });
    expect(openSecret(sealSecret(SECRET, USER, KEY), USER, mailboxKey)).toBeNull();
  });
});
