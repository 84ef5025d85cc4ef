import type { AdoptionReport } from './adoption-report-schema';
import { renderTablesXlsx } from './render-tables-xlsx';
import { reportFileHeader, reportTranslator } from './report-labels';
import { reportTables } from './report-tables';

/**
 * The report as an XLSX workbook: a first sheet with the facts and definitions, then one sheet per
 * table (summary, trend, groups compared, findings, regressed, improved), percentages with the
 * dashboard's two decimals (the cell keeps the exact value).
 */
export function renderReportXlsx(report: AdoptionReport): Promise<Buffer> {
  const t = reportTranslator(report);
  return renderTablesXlsx({
    title: report.title,
    created: new Date(report.generatedAt),
    about: { name: t('report.sheet.about'), facts: reportFileHeader(report, t) },
    tables: reportTables(report),
    formats: { percent: '0.00"%"', points: '+0.00;-0.00;0.00', count: '#,##0' },
  });
}
