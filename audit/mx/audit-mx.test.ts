import { describe, expect, it } from 'vitest';
import { createMemoryResolver } from '../dns/memory-resolver';
import { auditMx } from './audit-mx';

const NULL_MX = { preference: 0, exchange: '' };

describe('auditMx', () => {
  it('sorts the records and reports no finding for ordinary MX', async () => {
    const resolver = createMemoryResolver({
      'example.jp': {
        MX: [
          { preference: 20, exchange: 'b.example.jp' },
          { preference: 10, exchange: 'a.example.jp' },
        ],
      },
    });
    const audit = await auditMx('example.jp', resolver);
    expect(audit).toMatchObject({ status: 'complete', nullMx: false, findings: [] });
    expect(audit.records.map((r) => r.exchange)).toEqual(['a.example.jp', 'b.example.jp']);
  });

  it('recognises a lone Null MX without a finding', async () => {
    const audit = await auditMx('example.jp', createMemoryResolver({ 'example.jp': { MX: [NULL_MX] } }));
    expect(audit).toMatchObject({ nullMx: true, findings: [] });
  });

  it('mx.null-mx-with-other: a Null MX beside another MX', async () => {
    const resolver = createMemoryResolver({
      'example.jp': { MX: [NULL_MX, { preference: 10, exchange: 'mx.example.jp' }] },
    });
    const audit = await auditMx('example.jp', resolver);
    expect(audit.findings.map((f) => f.id)).toEqual(['mx.null-mx-with-other']);
    expect(audit.findings[0]?.evidence.records).toEqual(['0 .', '10 mx.example.jp']);
  });

  it('mx.none for NODATA and NXDOMAIN, not when MX exists', async () => {
    const resolver = createMemoryResolver({ 'example.jp': { A: ['192.0.2.1'] } });
    expect((await auditMx('example.jp', resolver)).findings.map((f) => f.id)).toEqual(['mx.none']);
    expect((await auditMx('gone.example.jp', resolver)).findings[0]?.evidence).toEqual({
      outcome: 'nxdomain',
    });
  });

  it('a temporary failure is partial, with no mx.none', async () => {
    const audit = await auditMx('example.jp', createMemoryResolver({ 'example.jp': { MX: 'servfail' } }));
    expect(audit).toMatchObject({ status: 'partial', findings: [] });
    expect(audit.temporaryFailures).toEqual([{ name: 'example.jp', type: 'MX', outcome: 'servfail' }]);
  });
});
