import ExcelJS from 'exceljs';
import { neutraliseFormula } from '@/lib/exports/spreadsheet-cell';
import type { CellKind, ReportCell, TableOfCells } from './report-tables';

/** Number formats per column kind; percentages are 0–100 like the dashboard's. */
export type NumberFormats = Record<Exclude<CellKind, 'text'>, string>;

/** Text goes in neutralised (it may come from DNS or a user); numbers stay numbers. */
function cellValue(value: ReportCell): string | number | null {
  return typeof value === 'string' ? neutraliseFormula(value) : value;
}

export interface TablesWorkbook {
  title: string;
  created: Date;
  /** The first sheet: its name and the labelled facts it holds. */
  about: { name: string; facts: ReadonlyArray<readonly [string, string]> };
  tables: readonly TableOfCells[];
  formats: NumberFormats;
}

/**
 * An XLSX workbook: a first sheet with the facts, then one sheet per table with a bold, frozen
 * header row. Counts, percentages and points are numeric cells with number formats, never strings.
 */
export async function renderTablesXlsx({
  title,
  created,
  about,
  tables,
  formats,
}: TablesWorkbook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = created;
  workbook.title = neutraliseFormula(title);
  const first = workbook.addWorksheet(about.name);
  for (const [label, value] of about.facts) first.addRow([cellValue(label), cellValue(value)]);
  first.getColumn(1).width = 24;
  first.getColumn(2).width = 100;
  first.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.columns.map((c) => cellValue(c.header))).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map(cellValue));
    table.columns.forEach((column, i) => {
      const sheetColumn = sheet.getColumn(i + 1);
      sheetColumn.width = column.kind === 'text' ? 28 : 16;
      if (column.kind !== 'text') sheetColumn.numFmt = formats[column.kind];
    });
    if (table.note) sheet.addRow([]).getCell(1).value = cellValue(table.note);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
