import { describe, expect, it } from 'vitest';
import { type DmarcParse, parseDmarcRecord } from './parse-dmarc-record';

type Parsed = Extract<DmarcParse, { kind: 'dmarc' }>;
const parse = (text: string): Parsed => {
  const parsed = parseDmarcRecord(text);
  if (parsed.kind !== 'dmarc') throw new Error(`not DMARC: ${text}`);
  return parsed;
};

describe('parseDmarcRecord', () => {
  it('fills in the defaults of RFC 7489 §6.3 and RFC 9989 §4.7', () => {
    expect(parse('v=DMARC1; p=reject').tags).toEqual({
      p: 'reject',
      sp: 'reject',
      np: 'reject',
      pct: 100,
      adkim: 'r',
      aspf: 'r',
      rua: [],
      ruf: [],
      fo: ['0'],
      rf: ['afrf'],
      ri: 86400,
      testing: false,
      psd: 'u',
    });
  });

  it('reads every tag; names and keyword values are case-insensitive; np defaults to sp', () => {
    const { tags, errors } = parse(
      'V=DMARC1; P=Quarantine; SP=none; ADKIM=s; aspf=S; pct=50; rua=mailto:a@example.jp!10m, mailto:b@example.net; ruf=mailto:f@example.jp; fo=1:d; ri=3600; t=y; psd=n',
    );
    expect(errors).toEqual([]);
    expect(tags).toMatchObject({
      p: 'quarantine',
      sp: 'none',
      np: 'none',
      adkim: 's',
      aspf: 's',
      pct: 50,
      fo: ['1', 'd'],
    });
    expect(tags).toMatchObject({
      rua: ['mailto:a@example.jp!10m', 'mailto:b@example.net'],
      ruf: ['mailto:f@example.jp'],
    });
    expect(tags).toMatchObject({ ri: 3600, testing: true, psd: 'n' });
  });

  it('is not DMARC unless it begins with v=DMARC (an SPF record, an empty string)', () => {
    expect(parseDmarcRecord('v=spf1 -all').kind).toBe('not-dmarc');
    expect(parseDmarcRecord('').kind).toBe('not-dmarc');
  });

  it('is not DMARC unless it starts with exactly "v=DMARC1" (receivers discard the rest: detect-dmarc-near-miss)', () => {
    for (const text of ['v=dmarc1; p=none', 'v=DMARC12; p=none', 'v=DMARC1 p=none', ' v=DMARC1; p=none']) {
      expect(parseDmarcRecord(text).kind, text).toBe('not-dmarc');
    }
  });

  it('a repeated tag voids the policy (RFC 6376 §3.2 tag-list)', () => {
    expect(parse('v=DMARC1; p=reject; p=none')).toMatchObject({ tags: null });
  });

  it('invalid values are errors and fall back to defaults (RFC 9989 §4.7)', () => {
    const parsed = parse('v=DMARC1; p=reject; sp=bogus; adkim=x; pct=500');
    expect(parsed.errors).toEqual([
      'sp=bogus is not one of none, quarantine, reject',
      'adkim=x is not one of r, s',
      'pct=500 is outside 0–100',
    ]);
    expect(parsed.tags).toMatchObject({ p: 'reject', sp: 'reject', adkim: 'r', pct: 100 });
  });

  it('missing p= is p=none: an error without rua=, only a note with it', () => {
    expect(parse('v=DMARC1; adkim=s').errors).toEqual([
      expect.stringMatching(/p= is missing and no valid rua=/),
    ]);
    const withRua = parse('v=DMARC1; rua=mailto:d@example.jp');
    expect(withRua).toMatchObject({ errors: [], tags: { p: 'none' } });
    expect(withRua.notes).toEqual([expect.stringMatching(/treated as p=none/)]);
  });

  it.each([
    ['rua=d@example.jp', /is not a URI/],
    ['rua=mailto:d@example.jp!', /malformed size limit/],
    ['rua=mailto:d@example.jp!10p', /malformed size limit/],
    ['rua=', /has no value/],
    ['fo=0:x', /x not among 0, 1, d, s/],
    ['rf=bogus', /names no known format/],
    ['rf=bad-', /not a colon-separated list/],
    ['ri=-1', /not a whole number/],
    ['t=maybe', /not one of y, n/],
    ['psd=x', /not one of y, n, u/],
    ['p', /not a tag=value pair/],
  ])('reports %s precisely', (tag, message) => {
    expect(parse(`v=DMARC1; p=none; ${tag}`).errors.join(' | ')).toMatch(message);
  });

  it('notes what it ignores: unknown tags, tags RFC 9989 removed, p out of place, non-mailto destinations', () => {
    const { notes, errors } = parse(
      'v=DMARC1; sp=none; p=none; pct=100; foo=bar; rua=https://example.jp/r, mailto:d@example.jp!5m',
    );
    expect(errors).toEqual([]);
    expect(notes.join(' | ')).toMatch(/pct= is removed in RFC 9989/);
    expect(notes.join(' | ')).toMatch(/unknown tag "foo"/);
    expect(notes.join(' | ')).toMatch(/p= is not the second tag/);
    expect(notes.join(' | ')).toMatch(/only required to support mailto/);
    expect(notes.join(' | ')).toMatch(/"!size" suffix is RFC 7489 syntax/);
  });
});
