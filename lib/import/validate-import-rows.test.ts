import { describe, expect, it } from 'vitest';
import { parseDelimited } from './parse-delimited';
import { validateImportRows } from './validate-import-rows';

describe('validateImportRows', () => {
  it('keeps good rows, lists bad ones with their line and reason', () => {
    const csv =
      'domain,groups,parked,notes\n検査省.test,省庁;Ministries,no,=1+1\nbad domain!.test,,,\na.test,,maybe,\n\nxn--5vvzyn73a.test,,,\n';
    const result = validateImportRows(parseDelimited(csv));
    expect(result.columns).toEqual(['groups', 'parked', 'notes']);
    expect(result.good).toHaveLength(1);
    expect(result.good[0]?.row).toMatchObject({
      domain: { ascii: 'xn--5vvzyn73a.test', unicode: '検査省.test' },
      groups: ['省庁', 'Ministries'],
      parked: false,
      notes: '=1+1',
    });
    expect(result.bad.map((b) => [b.line, b.reason])).toEqual([
      [3, 'not a valid domain name (UTS #46 / IDNA2008)'],
      [4, 'parked: must be true or false'],
      [6, 'same domain as line 2'],
    ]);
  });

  it('reads a pasted list without header', () => {
    const result = validateImportRows(parseDelimited('a.test\nb.test\n'));
    expect(result.columns).toEqual([]);
    expect(result.good.map((g) => g.row.domain.ascii)).toEqual(['a.test', 'b.test']);
  });
});
