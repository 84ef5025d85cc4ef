import { CSV_BOM, csvLine } from '@/lib/exports/spreadsheet-cell';
import type { AdoptionReport } from './adoption-report-schema';
import { reportFileHeader, reportTranslator, roundTwo } from './report-labels';
import { type ReportCell, reportTables } from './report-tables';

/**
 * The report as one CSV file (UTF-8 with BOM, CRLF, RFC 4180): the facts (title, period, groups,
 * domains counted, definitions) as label/value lines, then each table after a line holding its
 * name and an empty line before the next. One file keeps a download one click; each table has its
 * own header row, so it can be cut out as is. Percentages and points are rounded to two decimals,
 * as the dashboard shows them; text cells are neutralised against formula injection by csvLine.
 */
export function renderReportCsv(report: AdoptionReport): Buffer {
  const t = reportTranslator(report);
  let out = CSV_BOM;
  for (const fact of reportFileHeader(report, t)) out += csvLine(fact);
  for (const table of reportTables(report)) {
    out += '\r\n';
    out += csvLine([table.note ? `${table.name} (${table.note})` : table.name]);
    out += csvLine(table.columns.map((c) => c.header));
    for (const row of table.rows) {
      out += csvLine(
        row.map((cell, i): ReportCell => {
          const kind = table.columns[i]?.kind;
          return typeof cell === 'number' && (kind === 'percent' || kind === 'points')
            ? roundTwo(cell)
            : cell;
        }),
      );
    }
  }
  return Buffer.from(out, 'utf8');
}
