import { describe, expect, it } from 'vitest';
import { createMemoryResolver, type MemoryZone } from '../dns/memory-resolver';
import { isSenderIdRecord } from '../senderid/parse-sender-id';
import { auditSpf } from './audit-spf';
import { isSpfRecord, parseSpfRecord } from './parse-spf';
import { readCorpus } from './testing/corpora';

interface MoxCase {
  record: string;
  expect: 'valid' | 'invalid';
  comment: string;
}
interface CheckdmarcCase {
  test: string;
  records: string[];
  expected_exceptions: string[];
  calls: string[];
}

// mox (MIT): spf/parse_test.go cases, each a record and whether it parses.
const mox = JSON.parse(readCorpus('records/mox-spf-parse-cases.json') ?? 'null') as MoxCase[] | null;
// checkdmarc (Apache-2.0): tests/test_spf.py cases, each with the records a test feeds and the
// exception it expects (none: the records are fine).
const checkdmarc = JSON.parse(readCorpus('records/checkdmarc-spf-test-cases.json') ?? 'null') as
  | CheckdmarcCase[]
  | null;
if (!mox || !checkdmarc) console.warn('record corpora not found under ../shared/corpora/records: skipped');

/** Records we reject where the corpus accepts them: the terms we flag, and why. */
const STRICTER: Record<string, { terms: string[]; reason: string }> = {
  // checkdmarc
  testTextAfterExpValueWarns: {
    terms: ['extra'],
    reason:
      "'extra' is neither mechanism nor modifier: a syntax error by RFC 7208 §12 (permerror, §4.6), as the OpenSPF " +
      'test detect-errors-anywhere requires; checkdmarc only warns',
  },
  // mox
  'V=spf1 all Include:example.org a ?a -a +a ~a a:x a:x/0 a:x/24//64 a:x//64 mx mx:x ptr ptr:x IP4:10.0.0.1 ip4:0.0.0.0/0 ip4:10.0.0.1/24 ip6:2001:db8::1 ip6:2001:db8::1/128 exists:x REDIRECT=x exp=X Other=x':
    {
      terms: ['a:x', 'a:x/0', 'a:x/24//64', 'a:x//64', 'mx:x', 'ptr:x', 'exists:x', 'REDIRECT=x', 'exp=X'],
      reason:
        "single-label targets: RFC 7208 §7.1 domain-end needs '.' toplabel, and the OpenSPF test a-only-toplabel " +
        'requires permerror; mox accepts them',
    },
};

/** Where we answer differently from checkdmarc, and why. */
const DISAGREEMENTS: Record<string, string> = {
  testDNSExceptionBecomesSPFRecordNotFound:
    'A DNS error hides whether a record exists: Kensa reports it as a temporary failure, never as a missing record.',
};

/** Cases about checkdmarc's own code rather than SPF records. */
const NOT_APPLICABLE: Record<string, string> = {
  testTooManySPFDNSLookups:
    'needs the live records of seven providers; its twin testTooManySPFDNSLookupsMocked runs',
  testNonDNSExceptionPropagates: 'a Python RuntimeError raised by a mock',
  testErrorWithDataKeysIncluded: "the shape of check_spf()'s result dictionary",
  testHostnameAndIpMatch: "checkdmarc's ptr_match() helper, with mocked answers and no record",
  testHostnameMatchesButIpDoesnt: "checkdmarc's ptr_match() helper, with mocked answers and no record",
  testHostnameDoesntEndWithDomain: "checkdmarc's ptr_match() helper, with mocked answers and no record",
};

/** Zones for the DNS-dependent cases whose mocked answers the JSON does not carry. */
const ZONES: Record<string, (records: string[]) => MemoryZone> = {
  testTooManySPFDNSLookupsMocked: ([root = '', included = '']) => {
    const targets = [...root.matchAll(/include:(\S+)/g)].map((m) => m[1] ?? '');
    return {
      'example.com': txt(root),
      ...Object.fromEntries(targets.map((t) => [t, txt(unquote(included))])),
    };
  },
  testTooManyMxRecords: ([root = '']) => ({
    'example.com': {
      ...txt(root),
      MX: Array.from({ length: 11 }, (_, i) => ({ preference: i, exchange: `mx${i}.example.com` })),
    },
  }),
  testMxHostMissingARecords: ([root = '']) => ({
    'example.com': {
      ...txt(root),
      MX: Array.from({ length: 3 }, (_, i) => ({ preference: i, exchange: `mx${i}.example.com` })),
    },
  }),
};

const FINDING_FOR: Record<string, string> = {
  'checkdmarc.spf.SPFTooManyDNSLookups': 'spf.too-many-lookups',
  'checkdmarc.spf.SPFTooManyVoidDNSLookups': 'spf.too-many-void-lookups',
  'checkdmarc.spf.SPFIncludeLoop': 'spf.include-loop',
  'checkdmarc.spf.SPFRedirectLoop': 'spf.include-loop',
  'checkdmarc.spf.SPFRecordNotFound': 'spf.missing',
  'checkdmarc.spf.SPFError': 'spf.multiple-records',
};

function txt(record: string) {
  return { TXT: [[unquote(record)]] };
}

/** Records copied in DNS presentation form ("part1" "part2") are joined, as RFC 7208 §3.3 does. */
function unquote(record: string): string {
  if (!record.startsWith('"')) return record;
  const parts = [...record.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? '');
  return parts.length > 0 ? parts.join('') : record.slice(1);
}

describe.skipIf(!mox)('mox SPF parse cases', () => {
  for (const c of mox ?? []) {
    it(`${c.expect}: ${JSON.stringify(c.record)} ${c.comment}`, () => {
      const errors = parseSpfRecord(c.record).errors;
      const stricter = STRICTER[c.record];
      if (stricter)
        expect(
          errors.map((e) => e.term),
          stricter.reason,
        ).toEqual(stricter.terms);
      else if (c.expect === 'valid') expect(errors.map((e) => e.message)).toEqual([]);
      else expect(errors).not.toEqual([]);
    });
  }
});

describe.skipIf(!checkdmarc)('checkdmarc SPF test cases', () => {
  for (const c of checkdmarc ?? []) {
    const records = c.records.map(unquote);
    const exception = c.expected_exceptions[0];
    const skip = DISAGREEMENTS[c.test] ?? NOT_APPLICABLE[c.test];
    it.skipIf(skip !== undefined)(`${c.test}${skip ? ` — ${skip}` : ''}`, async () => {
      if (exception === 'checkdmarc.spf.SPFSyntaxError') {
        for (const record of records.filter(isSpfRecord))
          expect(parseSpfRecord(record).errors, record).not.toEqual([]);
      } else if (c.calls.some((call) => /\.(query|get)_spf_record$/.test(call))) {
        // Record selection (RFC 7208 §4.5): found unless checkdmarc expects SPFRecordNotFound.
        expect(records.some(isSpfRecord)).toBe(exception === undefined);
        if (c.test.startsWith('testSenderID')) expect(records.filter(isSenderIdRecord)).toHaveLength(4);
      } else if (exception !== undefined) {
        const id = FINDING_FOR[exception];
        const zone =
          ZONES[c.test]?.(c.records) ??
          (records.length > 0 ? { 'example.com': { TXT: records.map((r) => [r]) } } : {});
        const audit = await auditSpf('example.com', createMemoryResolver(zone));
        const wanted = c.test === 'testTooManyMxRecords' ? 'spf.mx-too-many' : id;
        expect(audit.findings.map((f) => f.id)).toContain(wanted);
      } else {
        const stricter = STRICTER[c.test];
        const errors = records.filter(isSpfRecord).flatMap((record) => parseSpfRecord(record).errors);
        expect(
          errors.map((e) => (stricter ? e.term : e.message)),
          stricter?.reason,
        ).toEqual(stricter?.terms ?? []);
      }
    });
  }

  it('testDNSExceptionBecomesSPFRecordNotFound, our answer: a temporary failure, not a missing record', async () => {
    const audit = await auditSpf('example.com', createMemoryResolver({ 'example.com': { TXT: 'servfail' } }));
    expect(audit.status).toBe('partial');
    expect(audit.findings.map((f) => f.id)).not.toContain('spf.missing');
  });

  it('classifies every case', () => {
    const unknown = (checkdmarc ?? []).filter(
      (c) =>
        c.expected_exceptions.some((e) => e !== 'checkdmarc.spf.SPFSyntaxError' && !FINDING_FOR[e]) &&
        !NOT_APPLICABLE[c.test],
    );
    expect(unknown.map((c) => c.test)).toEqual([]);
  });
});
