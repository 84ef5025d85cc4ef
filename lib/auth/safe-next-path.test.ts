import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next-path';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeNextPath('/domains/abc?tab=dkim')).toBe('/domains/abc?tab=dkim');
    expect(safeNextPath('/overview')).toBe('/overview');
  });

  it.each([
    undefined,
    '',
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    '/%5Cevil.example',
    '/%5cevil.example',
    '/%2F%2Fevil.example',
    '\\\\evil.example',
    '/\tevil',
    'javascript:alert(1)',
  ])('sends %j home', (next) => {
    expect(safeNextPath(next)).toBe('/');
  });
});
