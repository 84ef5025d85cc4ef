import { describe, expect, it } from 'vitest';
import { isSpfRecord, parseSpfRecord } from './parse-spf';

const errorsOf = (record: string) => parseSpfRecord(record).errors.map((e) => e.message);
const notesOf = (record: string) => parseSpfRecord(record).notes.map((n) => n.code);

describe('parseSpfRecord', () => {
  it('parses every mechanism and modifier with qualifiers, targets, CIDR lengths and positions', () => {
    const parsed = parseSpfRecord(
      'v=spf1 ip4:192.0.2.0/24 -ip6:2001:db8::/32 ~a:%{d}.example.com/28//64 ?mx mx:mail.example.com ' +
        'include:_spf.example.net exists:%{i}._spf.%{d} ptr redirect=_spf.example.org exp=why.%{d} Other=x',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.mechanisms.map((m) => `${m.qualifier}${m.kind}`)).toEqual([
      '+ip4',
      '-ip6',
      '~a',
      '?mx',
      '+mx',
      '+include',
      '+exists',
      '+ptr',
    ]);
    const a = parsed.mechanisms[2];
    expect(a).toMatchObject({ domainSpec: '%{d}.example.com', cidr4: 28, cidr6: 64, index: 3, position: 43 });
    expect(parsed.mechanisms[0]).toMatchObject({ cidr4: 24, network: new Uint8Array([192, 0, 2, 0]) });
    expect(parsed.mechanisms[3]).toMatchObject({
      domainSpec: null,
      cidr4: 32,
      cidr6: 128,
      explicitQualifier: true,
    });
    expect(parsed.redirect?.value).toBe('_spf.example.org');
    expect(parsed.exp?.value).toBe('why.%{d}');
    expect(parsed.terms.filter((t) => t.type === 'modifier').map((t) => t.name)).toEqual([
      'redirect',
      'exp',
      'other',
    ]);
  });

  it('names the term, its index and the reason in every error, and reports them all (§4.6)', () => {
    expect(errorsOf('v=spf1 a mx ip4:1.2.3.400 include: foo -all')).toEqual([
      "term 3 'ip4:1.2.3.400': invalid IPv4 address",
      "term 4 'include:': empty domain-spec",
      "term 5 'foo': unknown mechanism",
    ]);
  });

  it('accepts the version in any case, followed by a space or the end (§4.5)', () => {
    for (const ok of ['v=spf1', 'V=SPF1 -all', 'v=spf1   mx  ', 'v=Spf1 ~all'])
      expect(errorsOf(ok)).toEqual([]);
    for (const bad of ['v=spf10', 'v=spf1mx', ' v=spf1 -all', 'spf1 -all', 'v=spf2 -all', '']) {
      expect(isSpfRecord(bad)).toBe(false);
      expect(parseSpfRecord(bad).errors[0]?.code).toBe('version');
    }
  });

  it('rejects control and non-ASCII characters, showing them escaped', () => {
    expect(errorsOf('v=spf1 ip4:192.0.2.5\n -all')).toEqual([
      "term 1 'ip4:192.0.2.5\\u{a}': invalid character U+000A (only visible ASCII)",
    ]);
    expect(errorsOf('v=spf1 a:\u00efgarbage.example.net')[0]).toContain('U+00EF');
  });

  it.each([
    ['-all.', '"all" takes no argument'],
    ['all:foo.example', '"all" takes no argument'],
    ['include', '"include" requires ":domain"'],
    ['include:ip5.example.com/24', "invalid top-level label 'com/24'"],
    ['exists', '"exists" requires ":domain"'],
    ['ptr/0', '"ptr" takes only ":domain"'],
    ['ip4', '"ip4" requires ":address"'],
    ['ip4:1.2.3', 'invalid IPv4 address'],
    ['ip4:01.2.3.4', 'invalid IPv4 address'],
    ['ip4:1.2.3.4:8080', 'invalid IPv4 address'],
    ['ip4:1.2.3.4//32', '"ip4" takes a single CIDR length'],
    ['ip4:1.2.3.4/33', 'ip4 CIDR length /33 is greater than 32'],
    ['ip4:1.2.3.4/032', "ip4 CIDR length '/032' has a leading zero"],
    ['ip4:1.2.3.4/', "invalid CIDR length '/'"],
    ['ip4:2001:db8::1', 'invalid IPv4 address'],
    ['ip6:2001:db8:::1', 'invalid IPv6 address'],
    ['ip6:1.2.3.4', 'invalid IPv6 address'],
    ['ip6::CAFE::BABE', 'invalid IPv6 address'],
    ['ip6:::1/129', 'ip6 CIDR length /129 is greater than 128'],
    ['a/33', 'ip4 CIDR length /33 is greater than 32'],
    ['a//129', 'ip6 CIDR length /129 is greater than 128'],
    ['a/24/64', 'ip4 CIDR length /64 is greater than 32'],
    ['a:', 'empty domain-spec'],
    ['mx:example.com:8080', "invalid top-level label 'com:8080'"],
    ['a:111.222.33.44', "top-level label '44' is all-numeric (an IP address is not a domain)"],
    ['a:museum.', 'must end with a macro or "." and a top-level label (a single label is not a domain)'],
    ['a:example.-com', "invalid top-level label '-com'"],
    ['a:example.com-', "invalid top-level label 'com-'"],
    ['exists:%{l1r+}..', 'empty top-level label'],
    ['redirect:example.com', 'unknown mechanism'],
    ['?redirect=example.com', 'invalid modifier name'],
    ['1up=foo', 'invalid modifier name'],
    ['=all', 'invalid modifier name'],
    ['redirect=', 'redirect=: empty domain-spec'],
    ['exp=', 'exp=: empty domain-spec'],
    ['exp=%{r}.example.com', "exp=: macro letter 'r' is allowed only in explanation text"],
    ['foo=%abc', "'%' must be followed by '{', '%', '_' or '-' (at '%abc')"],
    ['exists:%{x}.example.com', "unknown macro letter 'x'"],
    ['exists:%{s0}.example.com', "macro '%{s0}': digits must be nonzero"],
    ['exists:%{ir.example.com', "unterminated or malformed macro '%{ir.example'"],
    ['exists:%{l2r;}.example.com', "macro '%{l2r;}': invalid delimiter ';'"],
  ])('rejects %s', (term, reason) => {
    expect(errorsOf(`v=spf1 ${term}`)).toEqual([`term 1 '${term}': ${reason}`]);
  });

  it.each([
    'a:foo:bar/baz.example.com',
    'a:foo.example.xn--zckzah',
    'a:mail.example...com',
    'exists:%{i}.%{l2r-}.user.%{d2}',
    'exists:%%.%{l1r+}.%{d}',
    'a:macro%%percent%_%_space%-url-space.example.com',
    'include:_spf.example.com.',
    'exists:%{ir}.%{v}._spf.%{D2}',
    'a//0',
    'mx/0',
    'ip6:::FFFF:1.2.3.4',
    'moo.cow-far_out=man:dog/cat',
    'default=+',
    'MS=83859DAEBD1978F9A7A67D3',
  ])('accepts %s', (term) => {
    expect(errorsOf(`v=spf1 ${term}`)).toEqual([]);
  });

  it('reports a repeated redirect= or exp= as a duplicate modifier (§6)', () => {
    const parsed = parseSpfRecord('v=spf1 redirect=a.example redirect=b.example exp=x.example EXP=y.example');
    expect(parsed.errors.map((e) => [e.code, e.index])).toEqual([
      ['duplicate-modifier', 2],
      ['duplicate-modifier', 4],
    ]);
    expect(parsed.redirect?.value).toBe('a.example');
  });
});

describe('SPF notes', () => {
  it('flags how the record ends (§5.1, §4.7)', () => {
    expect(notesOf('v=spf1 mx -all')).toEqual([]);
    expect(notesOf('v=spf1 mx +all')).toEqual(['plus-all']);
    expect(notesOf('v=spf1 mx all')).toEqual(['plus-all']);
    expect(notesOf('v=spf1 mx ?all')).toEqual(['neutral-all']);
    expect(notesOf('v=spf1 mx')).toEqual(['neutral-all']);
    expect(notesOf('v=spf1 mx ~all')).toEqual(['softfail-all']);
    expect(notesOf('v=spf1 mx redirect=_spf.example.com')).toEqual([]);
  });

  it('flags what "all" makes unreachable and the ptr mechanism', () => {
    const notes = parseSpfRecord('v=spf1 ptr -all a:late.example.com exp=x.example redirect=r.example').notes;
    expect(notes.map((n) => [n.code, n.term])).toEqual([
      ['ptr-mechanism', 'ptr'],
      ['terms-after-all', 'a:late.example.com'],
      ['redirect-with-all', 'redirect=r.example'],
    ]);
  });

  it('flags a record over 450 octets (§3.4)', () => {
    const long = `v=spf1 ${Array.from({ length: 30 }, (_, i) => `ip4:192.0.2.${i}`).join(' ')} -all`;
    expect(long.length).toBeGreaterThan(450);
    expect(notesOf(long)).toEqual(['record-too-long']);
    expect(notesOf(long.slice(0, 440))).not.toContain('record-too-long');
  });
});
