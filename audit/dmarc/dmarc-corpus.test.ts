import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import verdicts from './corpus-verdicts.json' with { type: 'json' };
import { parseDmarcRecord } from './parse-dmarc-record';

const corpora = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));
const present = existsSync(corpora);
if (!present)
  console.warn(`DMARC corpus tests skipped: ${corpora} not found (the shared corpora sit beside the repo).`);

const read = <T>(path: string): T => JSON.parse(readFileSync(`${corpora}${path}`, 'utf8'));

/** "valid": a DMARC record that yields a policy and has no syntax error. */
function verdict(text: string): 'valid' | 'invalid' {
  const parsed = parseDmarcRecord(text);
  return parsed.kind === 'dmarc' && parsed.tags !== null && parsed.errors.length === 0 ? 'valid' : 'invalid';
}

/** Asserts our verdict is the corpus's, or the recorded disagreement (which must still disagree). */
function check(corpus: keyof typeof verdicts, key: string, text: string, theirs: string): boolean {
  const listed = (verdicts[corpus] as Record<string, { ours: string }>)[key];
  if (listed) expect(listed.ours, `${key} is listed as a disagreement but agrees`).not.toBe(theirs);
  expect(verdict(text), `${corpus}: ${JSON.stringify(text)}`).toBe(listed?.ours ?? theirs);
  return listed !== undefined;
}

// checkdmarc exceptions raised by parsing one record; the others need DNS (multiple records, apex…).
const PARSE_EXCEPTIONS = [
  'InvalidDMARCReportURI',
  'InvalidDMARCTagValue',
  'InvalidDMARCTag',
  'DMARCSyntaxError',
  'DMARCRecordStartsWithWhitespace',
  'SPFRecordFoundWhereDMARCRecordShouldBe',
].map((name) => `checkdmarc.dmarc.${name}`);

interface CheckdmarcCase {
  test: string;
  records: string[];
  expected_exceptions: string[];
  calls: string[];
}

describe.skipIf(!present)('DMARC records from public corpora', () => {
  it('OpenDMARC test_dmarc_parse cases', () => {
    const cases = read<Array<{ record: string; expected: string }>>(
      'dmarc/opendmarc/test_dmarc_parse-cases.json',
    );
    const differ = cases.filter((c) =>
      check('opendmarc', c.record, c.record, c.expected === 'DMARC_PARSE_OKAY' ? 'valid' : 'invalid'),
    );
    console.info(`OpenDMARC: ${cases.length} cases, ${differ.length} recorded disagreements`);
  });

  it('mox DMARC parse cases', () => {
    const cases = read<Array<{ record: string; expect: string }>>('records/mox-dmarc-parse-cases.json');
    const differ = cases.filter((c) => check('mox', c.record, c.record, c.expect));
    console.info(`mox DMARC: ${cases.length} cases, ${differ.length} recorded disagreements`);
  });

  it('checkdmarc cases that parse one record (DNS-level cases are left out)', () => {
    const cases = read<CheckdmarcCase[]>('records/checkdmarc-dmarc-test-cases.json').flatMap((c) => {
      const invalid =
        c.expected_exceptions.length > 0 && c.expected_exceptions.every((e) => PARSE_EXCEPTIONS.includes(e));
      const valid =
        c.expected_exceptions.length === 0 && c.calls.includes('checkdmarc.dmarc.parse_dmarc_record');
      return invalid || valid
        ? c.records.map((record) => ({ test: c.test, record, theirs: valid ? 'valid' : 'invalid' }))
        : [];
    });
    const differ = cases.filter((c) => check('checkdmarc', c.test, c.record, c.theirs));
    console.info(`checkdmarc: ${cases.length} record cases, ${differ.length} recorded disagreements`);
    expect(cases.length).toBeGreaterThan(40);
  });
});
