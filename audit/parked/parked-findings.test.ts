import { describe, expect, it } from 'vitest';
import { isRejectAllSpf } from './is-reject-all-spf';
import { type ParkedInput, parkedFindings } from './parked-findings';

const REJECT = { effective: 'reject', pct: 100, testing: false } as const;
const ids = (input: Partial<ParkedInput>) =>
  parkedFindings({ nonSending: true, spfRecord: 'v=spf1 -all', dmarcPolicy: REJECT, ...input }).map(
    (f) => f.id,
  );

describe('isRejectAllSpf', () => {
  it.each([
    'v=spf1 -all',
    'V=SPF1  -ALL',
    'v=spf1 -all exp=explain.example.jp',
    'v=spf1 redirect=x.example.jp -all',
    'v=spf1 -all a',
  ])('accepts %s', (record) => expect(isRejectAllSpf(record)).toBe(true));

  it.each([
    'v=spf1 ~all',
    'v=spf1 ?all',
    'v=spf1',
    'v=spf1 a -all',
    'v=spf1 include:_spf.example.net -all',
    'spf2.0/pra -all',
  ])('refuses %s', (record) => expect(isRejectAllSpf(record)).toBe(false));
});

describe('parkedFindings', () => {
  it('reports nothing for a domain that sends mail', () => {
    expect(ids({ nonSending: false, spfRecord: null, dmarcPolicy: null })).toEqual([]);
  });

  it('parked.spf-not-reject without "v=spf1 -all", not with it', () => {
    expect(ids({ spfRecord: 'v=spf1 ~all' })).toEqual(['parked.spf-not-reject']);
    expect(ids({ spfRecord: null })).toEqual(['parked.spf-not-reject']);
    expect(ids({ spfRecord: 'v=spf1 -all' })).toEqual([]);
  });

  it('parked.dmarc-not-reject unless reject applies to all mail', () => {
    expect(ids({ dmarcPolicy: null })).toEqual(['parked.dmarc-not-reject']);
    expect(ids({ dmarcPolicy: { ...REJECT, effective: 'quarantine' } })).toEqual(['parked.dmarc-not-reject']);
    expect(ids({ dmarcPolicy: { ...REJECT, pct: 50 } })).toEqual(['parked.dmarc-not-reject']);
    expect(ids({ dmarcPolicy: { ...REJECT, testing: true } })).toEqual(['parked.dmarc-not-reject']);
    expect(ids({ dmarcPolicy: REJECT })).toEqual([]);
  });

  it('says nothing about a record that could not be read (undefined)', () => {
    expect(ids({ spfRecord: undefined, dmarcPolicy: undefined })).toEqual([]);
  });
});
