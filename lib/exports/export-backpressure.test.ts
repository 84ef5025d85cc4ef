import { describe, expect, it } from 'vitest';
import type { DomainExportRow } from './domain-export-rows';
import { domainsCsvStream } from './write-domains-csv';
import { domainsNdjsonStream } from './write-domains-ndjson';
import { domainsXlsxStream } from './write-domains-xlsx';

const row = (i: number): DomainExportRow => ({
  id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
  ascii: `d${String(i).padStart(6, '0')}.bench.test`,
  unicode: `d${String(i).padStart(6, '0')}.bench.test`,
  parked: false,
  tags: ['critical'],
  lastScanAt: new Date('2026-11-28T01:00:00Z'),
  stale: false,
  scanned: true,
  flags: {
    spfPublished: true,
    spfValid: true,
    dkimPublished: null,
    dmarcPublished: false,
    dmarcEnforcing: false,
    adspPublished: false,
    senderIdPublished: false,
    nullMx: false,
    mtaStsEnforcing: true,
    tlsRptPublished: false,
    bimiPublished: false,
    dnssecSigned: true,
    daneOnMx: false,
    starttlsOffered: null,
  },
  findingIds: ['dmarc.missing'],
  errors: 0,
  warnings: 1,
  groups: ['isp-a'],
  grade: 'B',
  compliance: [{ profile: 'jp-dmarc-guideline-2024', status: 'not_compliant', failing: ['dmarc-published'] }],
});

/** 50 batches of 1,000 rows, as fast as asked for, counting how many were taken. */
function source() {
  const counter = { taken: 0 };
  async function* batches() {
    for (let b = 0; b < 50; b++) {
      counter.taken++;
      yield Array.from({ length: 1_000 }, (_, k) => row(b * 1_000 + k));
    }
  }
  return { counter, batches: batches() };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a slow client sets the pace', () => {
  it.each([
    ['csv', domainsCsvStream],
    ['ndjson', domainsNdjsonStream],
    ['xlsx', domainsXlsxStream],
  ] as const)('%s: batches are read only as the client reads on', async (_format, stream) => {
    const { counter, batches } = source();
    const reader = stream(batches).getReader();
    for (let i = 0; i < 5; i++) {
      await reader.read();
      await pause(40);
    }
    // Five small reads of a 50-batch export: a few batches in flight at most, never the whole export.
    expect(counter.taken).toBeGreaterThan(0);
    expect(counter.taken).toBeLessThanOrEqual(6);
    await reader.cancel();
    await pause(40);
    expect(await batches.next()).toEqual({ done: true, value: undefined });
  });
});
