import type { AdoptionReport } from '@/lib/reports/adoption-report-schema';
import { renderReportCsv } from '@/lib/reports/render-report-csv';
import { renderReportJson } from '@/lib/reports/render-report-json';
import { renderReportXlsx } from '@/lib/reports/render-report-xlsx';
import { REPORT_MEDIA_TYPES, type ReportFormat } from '@/lib/reports/report-formats';
import { renderReportPdf } from './render-report-pdf';

const RENDERERS: Record<ReportFormat, (report: AdoptionReport) => Buffer | Promise<Buffer>> = {
  pdf: renderReportPdf,
  xlsx: renderReportXlsx,
  csv: renderReportCsv,
  json: renderReportJson,
};

/**
 * A stored report as a download: its bytes, media type and an ASCII file name naming the period
 * (the title may hold anything a user typed, so it stays out of the header).
 */
export async function renderReportFile(report: AdoptionReport, format: ReportFormat) {
  const { from, to } = report.selection;
  return {
    body: await RENDERERS[format](report),
    contentType: REPORT_MEDIA_TYPES[format],
    filename: `kensa-adoption-report_${from}_${to}.${format}`,
  };
}
