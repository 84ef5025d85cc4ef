import { describe, expect, it } from 'vitest';
import { exceptionState } from './exception-window';

const TODAY = '2026-12-07';
const window = { startsOn: '2026-11-01', expiresOn: '2026-12-01' };

describe('exceptionState', () => {
  it('calls a request whose expiry day has come expired, not awaiting approval: it can no longer be approved', () => {
    expect(exceptionState({ status: 'pending', approvedOn: null, ...window }, TODAY)).toBe('expired');
    expect(exceptionState({ status: 'pending', approvedOn: null, ...window, expiresOn: TODAY }, TODAY)).toBe(
      'expired',
    );
    expect(
      exceptionState({ status: 'pending', approvedOn: null, ...window, expiresOn: '2026-12-08' }, TODAY),
    ).toBe('pending');
  });

  it('tells approved exceptions apart by their days, and revoked ones as revoked', () => {
    const approved = { status: 'approved' as const, approvedOn: '2026-11-02' };
    expect(exceptionState({ ...approved, ...window }, TODAY)).toBe('expired');
    expect(exceptionState({ ...approved, ...window, expiresOn: '2027-01-01' }, TODAY)).toBe('in_force');
    expect(exceptionState({ ...approved, startsOn: '2026-12-08', expiresOn: '2027-01-01' }, TODAY)).toBe(
      'scheduled',
    );
    expect(exceptionState({ status: 'revoked', approvedOn: null, ...window }, TODAY)).toBe('revoked');
  });
});
