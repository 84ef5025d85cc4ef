import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { checkTotp, newTotpSecret, totpUri } from './totp';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
/** A fixed instant in the middle of a 30 s step, so ±15 s stays within it. */
const NOW = Date.UTC(2026, 11, 7, 12, 0, 15);
const STEP = Math.floor(NOW / 30_000);
const codeAt = (ms: number) =>
  new TOTP({ secret: Secret.fromBase32(SECRET), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: ms,
  });

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC 6238 Appendix B vector for SHA-1 at T = 59 s', () => {
    // The RFC's key is the ASCII "12345678901234567890"; its 8-digit code is 94287082, the 6-digit tail 287082.
    const secret = new Secret({ buffer: new TextEncoder().encode('12345678901234567890').buffer }).base32;
    expect(checkTotp(secret, '287082', { now: 59_000, lastStep: null })).toEqual({ ok: true, step: 1 });
  });

  it('accepts the current code and one step either side, and nothing further', () => {
    expect(checkTotp(SECRET, codeAt(NOW), { now: NOW, lastStep: null })).toEqual({ ok: true, step: STEP });
    expect(checkTotp(SECRET, codeAt(NOW - 30_000), { now: NOW, lastStep: null })).toEqual({
      ok: true,
      step: STEP - 1,
    });
    expect(checkTotp(SECRET, codeAt(NOW + 30_000), { now: NOW, lastStep: null })).toEqual({
      ok: true,
      step: STEP + 1,
    });
    expect(checkTotp(SECRET, codeAt(NOW - 60_000), { now: NOW, lastStep: null })).toEqual({
      ok: false,
      reason: 'wrong',
    });
    expect(checkTotp(SECRET, codeAt(NOW + 60_000), { now: NOW, lastStep: null })).toEqual({
      ok: false,
      reason: 'wrong',
    });
  });

  it('refuses a code whose step is not later than the last one accepted (replay)', () => {
    const code = codeAt(NOW);
    expect(checkTotp(SECRET, code, { now: NOW, lastStep: STEP })).toEqual({ ok: false, reason: 'replayed' });
    expect(checkTotp(SECRET, codeAt(NOW - 30_000), { now: NOW, lastStep: STEP })).toEqual({
      ok: false,
      reason: 'replayed',
    });
    expect(checkTotp(SECRET, codeAt(NOW + 30_000), { now: NOW, lastStep: STEP })).toEqual({
      ok: true,
      step: STEP + 1,
    });
  });

  it('takes spaces as apps show them, and refuses anything not six digits', () => {
    const code = codeAt(NOW);
    expect(checkTotp(SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, { now: NOW, lastStep: null }).ok).toBe(
      true,
    );
    for (const bad of ['', '12345', '1234567', 'abcdef', `${code}0`])
      expect(checkTotp(SECRET, bad, { now: NOW, lastStep: null })).toEqual({ ok: false, reason: 'wrong' });
  });

  it('draws 160-bit secrets and names issuer and account in the otpauth URI', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = new URL(totpUri(secret, 'ann@kensa.test'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Kensa:ann@kensa.test');
    expect(Object.fromEntries(uri.searchParams)).toMatchObject({
      secret,
      issuer: 'Kensa',
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });
});
