import { describe, expect, it } from 'vitest';
import { csvField, csvLine, neutraliseFormula } from './spreadsheet-cell';

describe('neutraliseFormula', () => {
  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'neutralises %j',
    (text) => {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    },
  );
  it.each(['v=spf1 -all', 'example.jp', '検査省.test', ''])('keeps %j', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('csvField', () => {
  it('quotes commas, quotes and line breaks after neutralising', () => {
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
  });
  it('writes numbers, booleans and empties plainly', () => {
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  });
});
