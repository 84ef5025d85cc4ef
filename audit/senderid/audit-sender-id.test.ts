import { describe, expect, it } from 'vitest';
import { createMemoryResolver } from '../dns/memory-resolver';
import { auditSenderId } from './audit-sender-id';

describe('auditSenderId', () => {
  it('reports published Sender ID records as information, with their scopes and errors', async () => {
    const resolver = createMemoryResolver({
      'example.com': {
        TXT: [['spf2.0/mfrom,pra ip4:192.0.2.0/24 ~all'], ['v=spf2.0/pra ~all'], ['v=spf1 -all']],
      },
    });
    const result = await auditSenderId('Example.COM.', resolver);
    expect(result.status).toBe('complete');
    expect(result.records).toEqual([
      { record: 'spf2.0/mfrom,pra ip4:192.0.2.0/24 ~all', scopes: ['mfrom', 'pra'], errors: [] },
      { record: 'v=spf2.0/pra ~all', scopes: ['pra'], errors: ["the version is 'spf2.0', without 'v='"] },
    ]);
    expect(result.findings.map((f) => [f.id, f.severity])).toEqual([['senderid.record', 'info']]);
    expect(result.findings[0]?.evidence.scopes).toEqual(['mfrom', 'pra']);
  });

  it('reports nothing when none is published', async () => {
    const result = await auditSenderId(
      'example.com',
      createMemoryResolver({ 'example.com': { TXT: [['v=spf1 -all']] } }),
    );
    expect(result).toEqual({ status: 'complete', records: [], temporaryFailures: [], findings: [] });
  });

  it('is partial, without findings, when the TXT lookup fails temporarily', async () => {
    const result = await auditSenderId(
      'example.com',
      createMemoryResolver({ 'example.com': { TXT: 'servfail' } }),
    );
    expect(result).toEqual({
      status: 'partial',
      records: [],
      temporaryFailures: [{ name: 'example.com', type: 'TXT', outcome: 'servfail' }],
      findings: [],
    });
  });
});
