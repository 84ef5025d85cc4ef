import { printPdf } from '@/lib/exports/print-pdf';
import type { AdoptionReport } from '@/lib/reports/adoption-report-schema';
import { renderReportHtml } from './render-report-html';

/** The report printed to an A4 PDF by Chromium, its title and period at the foot of every page. */
export function renderReportPdf(report: AdoptionReport): Promise<Buffer> {
  const { from, to } = report.selection;
  return printPdf(renderReportHtml(report), { footer: `${report.title} · ${from} – ${to}` });
}
