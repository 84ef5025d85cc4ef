import { renderToStaticMarkup } from '@/lib/exports/render-static-markup';
import type { AdoptionReport } from '@/lib/reports/adoption-report-schema';
import { ReportDocument } from './report-document';

/** The report as a complete HTML document; React escapes every text from DNS or users. */
export function renderReportHtml(report: AdoptionReport): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(<ReportDocument report={report} />)}`;
}
