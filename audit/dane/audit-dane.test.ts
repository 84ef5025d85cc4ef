import { describe, expect, it } from 'vitest';
import { createMemoryResolver } from '../dns/memory-resolver';
import type { Resolver } from '../dns/types';
import { auditDane } from './audit-dane';

// A validating resolver's verdict on a zone it could validate: every definite answer carries AD.
const zone = createMemoryResolver({
  '_25._tcp.mx.pkix.test': {
    TLSA: [
      { usage: 1, selector: 1, matchingType: 1, data: 'ab'.repeat(32) },
      { usage: 3, selector: 1, matchingType: 9, data: 'ab'.repeat(32) },
    ],
  },
  '_25._tcp.mx.good.test': { TLSA: [{ usage: 3, selector: 1, matchingType: 1, data: 'cd'.repeat(32) }] },
});
const validated: Resolver = {
  query: async (name, type) => ({ ...(await zone.query(name, type)), authenticated: true }),
};
const checkingDisabled = zone;

describe('auditDane on validated answers', () => {
  it('a secure TLSA RRset whose every record is unusable protects nothing', async () => {
    const dane = await auditDane(['mx.pkix.test', 'mx.good.test'], validated, { checkingDisabled });
    expect(dane.hosts.map((h) => [h.host, h.dnssec, h.usable, h.certificateMatches])).toEqual([
      ['mx.pkix.test', 'secure', false, null],
      ['mx.good.test', 'secure', true, null],
    ]);
    expect(dane.findings.map((f) => f.id)).toEqual(['dane.unusable-record', 'dane.no-usable-record']);
    expect(dane.findings[0]?.evidence.problems).toEqual([
      `1 1 1 ${'ab'.repeat(8)}…: usage 1 (PKIX-EE) is not for SMTP`,
      `3 1 9 ${'ab'.repeat(8)}…: unknown matching type 9`,
    ]);
  });

  it('without validation the records are read and judged, but nothing counts as usable', async () => {
    const dane = await auditDane(['mx.good.test'], zone, undefined);
    expect(dane.hosts).toMatchObject([{ dnssec: 'unknown', usable: null, tlsa: [{ usage: 3 }] }]);
    expect(dane.findings).toEqual([]);
  });
});
