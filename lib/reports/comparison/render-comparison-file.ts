import type { Locale } from '@/lib/i18n/messages';
import { renderTablesCsv } from '@/lib/reports/render-tables-csv';
import { renderTablesXlsx } from '@/lib/reports/render-tables-xlsx';
import type { ReportFormat } from '@/lib/reports/report-formats';
import { comparisonFacts, comparisonLabels, comparisonTitle } from './comparison-labels';
import { comparisonTables } from './comparison-tables';
import type { GroupComparison } from './group-comparison-schema';

/** The lines heading a CSV or XLSX file: title, facts and definitions, so a file read alone explains itself. */
function fileHeader(c: GroupComparison, language: Locale): Array<[string, string]> {
  const labels = comparisonLabels(language);
  return [
    [labels.t('report.titleLabel'), comparisonTitle(c, labels)],
    ...comparisonFacts(c, labels),
    ['', labels.t('comparison.definitions')],
  ];
}

/**
 * The comparison as CSV (UTF-8 with BOM, CRLF; formula-like text neutralised), XLSX (numeric cells,
 * percentages with one decimal) or JSON (every figure unrounded, with its counts).
 */
export async function renderComparisonData(
  c: GroupComparison,
  format: Exclude<ReportFormat, 'pdf'>,
  language: Locale,
): Promise<Buffer> {
  if (format === 'json') return Buffer.from(`${JSON.stringify(c, null, 2)}\n`, 'utf8');
  const labels = comparisonLabels(language);
  const tables = comparisonTables(c, labels);
  if (format === 'csv') return renderTablesCsv(fileHeader(c, language), tables);
  return renderTablesXlsx({
    title: comparisonTitle(c, labels),
    created: new Date(c.generatedAt),
    about: { name: labels.t('comparison.sheet.about'), facts: fileHeader(c, language) },
    tables,
    formats: { percent: '0.0"%"', points: '+0.0;-0.0;0.0', count: '#,##0' },
  });
}

/** An ASCII file name naming the days (the group name may hold anything a user typed). */
export function comparisonFilename(c: GroupComparison, format: ReportFormat): string {
  return `kensa-comparison_${c.from}_${c.to}.${format}`;
}
