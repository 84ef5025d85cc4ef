import { describe, expect, it } from 'vitest';
import { createMemoryResolver } from '../dns/memory-resolver';
import { auditMx } from '../mx/audit-mx';
import { auditTlsRpt } from './audit-tls-rpt';

async function audit(txt: string[] | 'timeout' | null, mx = true) {
  const resolver = createMemoryResolver({
    'example.test': mx
      ? { MX: [{ preference: 10, exchange: 'mx.example.test' }] }
      : { MX: [{ preference: 0, exchange: '' }] },
    ...(txt === null
      ? {}
      : { '_smtp._tls.example.test': { TXT: txt === 'timeout' ? 'timeout' : txt.map((t) => [t]) } }),
  });
  return auditTlsRpt('example.test', resolver, await auditMx('example.test', resolver));
}
const ids = (report: { findings: { id: string }[] }) => report.findings.map((f) => f.id);

describe('auditTlsRpt (RFC 8460 §3)', () => {
  it('a valid record', async () => {
    expect(await audit(['v=TLSRPTv1; rua=mailto:tls@example.test'])).toEqual({
      status: 'complete',
      record: { raw: 'v=TLSRPTv1; rua=mailto:tls@example.test', rua: ['mailto:tls@example.test'] },
      findings: [],
      temporaryFailures: [],
    });
  });

  it('missing only where mail is received; a timeout is partial, never missing', async () => {
    expect(ids(await audit(null))).toEqual(['tls-rpt.missing']);
    expect(ids(await audit(null, false))).toEqual([]);
    expect(await audit('timeout')).toMatchObject({ status: 'partial', record: null, findings: [] });
  });

  it('two records; an invalid one', async () => {
    expect(
      ids(await audit(['v=TLSRPTv1; rua=mailto:a@example.test', 'v=TLSRPTv1; rua=mailto:b@example.test'])),
    ).toEqual(['tls-rpt.multiple-records']);
    const invalid = await audit(['v=TLSRPTv1; rua=http://example.test/']);
    expect(ids(invalid)).toEqual(['tls-rpt.record-invalid']);
    expect(invalid.record?.rua).toEqual(['http://example.test/']);
  });
});
