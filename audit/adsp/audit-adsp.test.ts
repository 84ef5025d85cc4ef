import { describe, expect, it } from 'vitest';
import { withWildcardTxt } from '../dkim/testing/wildcard-resolver';
import { createMemoryResolver, type MemoryZone } from '../dns/memory-resolver';
import { auditAdsp } from './audit-adsp';
import { parseAdspRecord } from './parse-adsp-record';

const NAME = '_adsp._domainkey.example.jp';
const adsp = (...records: string[]): MemoryZone => ({ [NAME]: { TXT: records.map((r) => [r]) } });
const audit = (zone: MemoryZone, dkimKeyFound: boolean | null = true) =>
  auditAdsp('example.jp', createMemoryResolver(zone), { dkimKeyFound });
const ids = async (zone: MemoryZone, dkimKeyFound: boolean | null = true) =>
  (await audit(zone, dkimKeyFound)).findings.map((f) => f.id);

describe('parseAdspRecord', () => {
  it.each(['dkim=unknown', 'dkim=all', 'dkim = discardable ;', 'dkim=all; x=ignored'])(
    'accepts %s',
    (text) => {
      expect(parseAdspRecord(text).ok).toBe(true);
    },
  );

  it.each([
    ['x=1', /dkim= .* missing/],
    ['dkim=sometimes', /not one of/],
    ['dkim=all; dkim=unknown', /more than once/],
    ['dkim', /not a tag=value pair/],
  ])('refuses %s', (text, message) => {
    const parsed = parseAdspRecord(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join(' ')).toMatch(message);
  });
});

describe('auditAdsp', () => {
  it('no record: nothing to report', async () => {
    expect(await audit({})).toMatchObject({ status: 'complete', record: null, policy: null, findings: [] });
  });

  it('adsp.present for a valid record, with its policy', async () => {
    expect(await audit(adsp('dkim=unknown'))).toMatchObject({ policy: 'unknown', record: 'dkim=unknown' });
    expect(await ids(adsp('dkim=unknown'))).toEqual(['adsp.present']);
  });

  it('adsp.invalid for a broken record or two records, not for a valid one', async () => {
    expect(await ids(adsp('dkim=maybe'))).toEqual(['adsp.present', 'adsp.invalid']);
    expect(await ids(adsp('dkim=all', 'dkim=unknown'))).toEqual(['adsp.present', 'adsp.invalid']);
    expect(await ids(adsp('dkim=all'))).toEqual(['adsp.present']);
  });

  it('adsp.discardable-without-dkim when all/discardable is claimed but no key was found', async () => {
    expect(await ids(adsp('dkim=discardable'), false)).toEqual([
      'adsp.present',
      'adsp.discardable-without-dkim',
    ]);
    expect(await ids(adsp('dkim=all'), false)).toContain('adsp.discardable-without-dkim');
    expect(await ids(adsp('dkim=discardable'), true)).toEqual(['adsp.present']);
    expect(await ids(adsp('dkim=unknown'), false)).toEqual(['adsp.present']);
    expect(await ids(adsp('dkim=discardable'), null), 'unknown keys are not judged').toEqual([
      'adsp.present',
    ]);
  });

  it('ignores a DKIM key leaked by a *._domainkey wildcard and empty records', async () => {
    const resolver = withWildcardTxt(createMemoryResolver({}), '_domainkey.example.jp', [
      ['v=DKIM1; p='],
      [''],
    ]);
    expect(await auditAdsp('example.jp', resolver, { dkimKeyFound: true })).toMatchObject({
      record: null,
      findings: [],
    });
  });

  it('a temporary failure is partial and reports nothing', async () => {
    expect(await audit({ [NAME]: { fail: 'timeout' } })).toMatchObject({
      status: 'partial',
      findings: [],
      temporaryFailures: [{ name: NAME, type: 'TXT', outcome: 'timeout' }],
    });
  });
});
