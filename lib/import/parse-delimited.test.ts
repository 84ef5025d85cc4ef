import { describe, expect, it } from 'vitest';
import { parseDelimited } from './parse-delimited';

describe('parseDelimited', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, keeping line numbers', () => {
    const rows = parseDelimited('domain,notes\r\na.jp,"x, ""y""\nz"\nb.jp,=1+1\n');
    expect(rows).toEqual([
      { line: 1, cells: ['domain', 'notes'] },
      { line: 2, cells: ['a.jp', 'x, "y"\nz'] },
      { line: 4, cells: ['b.jp', '=1+1'] },
    ]);
  });

  it('reads tab-separated paste and a byte-order mark', () => {
    expect(parseDelimited('\uFEFFdomain\tgroups\na.jp\tx;y')).toEqual([
      { line: 1, cells: ['domain', 'groups'] },
      { line: 2, cells: ['a.jp', 'x;y'] },
    ]);
  });
});
