import { describe, expect, it } from 'vitest';
import { parseTlsRptRecord } from './parse-tls-rpt-record';

describe('parseTlsRptRecord (RFC 8460 §3)', () => {
  it('reads mailto: and https: URIs, comma-separated with spaces', () => {
    expect(parseTlsRptRecord('v=TLSRPTv1; rua=mailto:tls@example.jp , https://r.example.jp/tls;')).toEqual({
      rua: ['mailto:tls@example.jp', 'https://r.example.jp/tls'],
      errors: [],
    });
  });

  it.each([
    ['v=TLSRPTv1', /no "rua=" field/],
    ['v=TLSRPTv1; rua=http://r.example.jp/', /neither mailto: nor https:/],
    ['v=TLSRPTv1; rua=tls@example.jp', /not a URI|neither/],
    ['v=TLSRPTv1; rua=mailto:', /has no address/],
    ['v=TLSRPTv1; rua=mailto:a@example.jp,', /an empty rua URI/],
    ['rua=mailto:a@example.jp; v=TLSRPTv1', /must begin with "v=TLSRPTv1"/],
  ])('%s is invalid', (text, error) => {
    expect(parseTlsRptRecord(text).errors.join('; ')).toMatch(error);
  });
});
