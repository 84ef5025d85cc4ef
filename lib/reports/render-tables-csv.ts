import { CSV_BOM, csvLine } from '@/lib/exports/spreadsheet-cell';
import type { ReportCell, TableOfCells } from './report-tables';

/**
 * Labelled facts, then tables, as one CSV file (UTF-8 with BOM, CRLF, RFC 4180): each table after a
 * line holding its name and an empty line before it. One file keeps a download one click; each
 * table has its own header row, so it can be cut out as is. `round` shapes numeric cells by column
 * kind (default: as they are); text cells are neutralised against formula injection by csvLine.
 */
export function renderTablesCsv(
  facts: ReadonlyArray<readonly [string, string]>,
  tables: readonly TableOfCells[],
  round: (value: number, kind: TableOfCells['columns'][number]['kind']) => number = (value) => value,
): Buffer {
  let out = CSV_BOM;
  for (const fact of facts) out += csvLine(fact);
  for (const table of tables) {
    out += '\r\n';
    out += csvLine([table.note ? `${table.name} (${table.note})` : table.name]);
    out += csvLine(table.columns.map((c) => c.header));
    for (const row of table.rows) {
      out += csvLine(
        row.map((cell, i): ReportCell => {
          const kind = table.columns[i]?.kind ?? 'text';
          return typeof cell === 'number' ? round(cell, kind) : cell;
        }),
      );
    }
  }
  return Buffer.from(out, 'utf8');
}
