import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from './read-xlsx';
import { validateImportRows } from './validate-import-rows';

describe('readXlsx', () => {
  it('reads the first sheet as text, formulas as their text, with row numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('domains');
    sheet.addRow(['domain', 'groups', 'parked', 'notes']);
    sheet.addRow(['検査省.test', '省庁|Ministries', true, { formula: 'HYPERLINK("http://x")', result: 'x' }]);
    sheet.addRow([]);
    sheet.addRow(['example.test', '', 'no', 'plain']);
    const buffer = await workbook.xlsx.writeBuffer();
    const rows = await readXlsx(buffer as ArrayBuffer);
    expect(rows).toEqual([
      { line: 1, cells: ['domain', 'groups', 'parked', 'notes'] },
      { line: 2, cells: ['検査省.test', '省庁|Ministries', 'true', '=HYPERLINK("http://x")'] },
      { line: 4, cells: ['example.test', '', 'no', 'plain'] },
    ]);
    const validated = validateImportRows(rows);
    expect(validated.bad).toEqual([]);
    expect(validated.good[0]?.row.groups).toEqual(['省庁', 'Ministries']);
  });
});
