import ExcelJS from 'exceljs';
import { neutraliseFormula } from '@/lib/exports/spreadsheet-cell';
import type { AdoptionReport } from './adoption-report-schema';
import { reportFileHeader, reportTranslator } from './report-labels';
import { type CellKind, type ReportCell, reportTables } from './report-tables';

/** Percentages are 0–100 like the dashboard's, shown with its two decimals; the cell keeps the exact value. */
const NUMBER_FORMATS: Record<Exclude<CellKind, 'text'>, string> = {
  percent: '0.00"%"',
  points: '+0.00;-0.00;0.00',
  count: '#,##0',
};

/** Text goes in neutralised (it may come from DNS or a user); numbers stay numbers. */
function cellValue(value: ReportCell): string | number | null {
  return typeof value === 'string' ? neutraliseFormula(value) : value;
}

/**
 * The report as an XLSX workbook: a first sheet with the facts and definitions, then one sheet per
 * table (summary, trend, groups compared, findings, regressed, improved) with a bold, frozen header
 * row. Counts, percentages and points are numeric cells with number formats, never strings.
 */
export async function renderReportXlsx(report: AdoptionReport): Promise<Buffer> {
  const t = reportTranslator(report);
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(report.generatedAt);
  workbook.title = neutraliseFormula(report.title);
  const about = workbook.addWorksheet(t('report.sheet.about'));
  for (const [label, value] of reportFileHeader(report, t))
    about.addRow([cellValue(label), cellValue(value)]);
  about.getColumn(1).width = 24;
  about.getColumn(2).width = 100;
  about.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  for (const table of reportTables(report)) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.columns.map((c) => cellValue(c.header))).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map(cellValue));
    table.columns.forEach((column, i) => {
      const sheetColumn = sheet.getColumn(i + 1);
      sheetColumn.width = column.kind === 'text' ? 28 : 16;
      if (column.kind !== 'text') sheetColumn.numFmt = NUMBER_FORMATS[column.kind];
    });
    if (table.note) sheet.addRow([]).getCell(1).value = cellValue(table.note);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
