import type { AdoptionReport } from './adoption-report-schema';
import { renderTablesCsv } from './render-tables-csv';
import { reportFileHeader, reportTranslator, roundTwo } from './report-labels';
import { reportTables } from './report-tables';

/**
 * The report as one CSV file: the facts (title, period, groups, domains counted, definitions) as
 * label/value lines, then each table. Percentages and points are rounded to two decimals, as the
 * dashboard shows them.
 */
export function renderReportCsv(report: AdoptionReport): Buffer {
  return renderTablesCsv(
    reportFileHeader(report, reportTranslator(report)),
    reportTables(report),
    (value, kind) => (kind === 'percent' || kind === 'points' ? (roundTwo(value) ?? value) : value),
  );
}
