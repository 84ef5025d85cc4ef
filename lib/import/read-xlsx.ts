import type { RawRow } from './parse-delimited';

type CellValue = unknown;

/** A cell as text. A formula is kept as its text ("=…"), never its computed result: cells are data. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  const v = value as {
    formula?: string;
    sharedFormula?: string;
    richText?: Array<{ text: string }>;
    text?: string;
  };
  if (v.formula || v.sharedFormula) return `=${v.formula ?? v.sharedFormula}`;
  if (v.richText) return v.richText.map((part) => part.text).join('');
  if (typeof v.text === 'string') return v.text;
  return '';
}

/** The first worksheet of an XLSX file as rows of text cells, with their spreadsheet row numbers. */
export async function readXlsx(data: ArrayBuffer): Promise<RawRow[]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    rows.push({ line: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return rows;
}
