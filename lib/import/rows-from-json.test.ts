import { describe, expect, it } from 'vitest';
import { importJsonRows, rowsFromJson } from './rows-from-json';
import { validateImportRows } from './validate-import-rows';

describe('JSON import rows', () => {
  it('take the CSV validation, with the row number as the line and only the fields given as columns', () => {
    const rows = importJsonRows.parse([
      { domain: '例え.jp', tags: ['critical', '外局'], parked: true },
      { domain: 'bad name!', tags: [], parked: false },
      { domain: 'b.example.jp', tags: [], parked: false },
    ]);
    const validated = validateImportRows(rowsFromJson(rows));
    expect(validated.columns).toEqual(['tags', 'parked']);
    expect(validated.good.map((g) => [g.line, g.row.domain.ascii, g.row.tags, g.row.parked])).toEqual([
      [1, 'xn--r8jz45g.jp', ['critical', '外局'], true],
      [3, 'b.example.jp', [], false],
    ]);
    expect(validated.bad).toEqual([
      { line: 2, value: 'bad name!', reason: expect.stringContaining('valid') },
    ]);
  });

  it('refuse rows with different fields, unknown fields and list items holding a separator', () => {
    expect(importJsonRows.safeParse([{ domain: 'a.jp', notes: 'x' }, { domain: 'b.jp' }]).success).toBe(
      false,
    );
    expect(importJsonRows.safeParse([{ domain: 'a.jp', colour: 'red' }]).success).toBe(false);
    expect(importJsonRows.safeParse([{ domain: 'a.jp', tags: ['a;b'] }]).success).toBe(false);
    expect(importJsonRows.safeParse([]).success).toBe(false);
  });
});
