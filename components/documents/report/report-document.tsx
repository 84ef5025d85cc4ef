import type { AdoptionReport } from '@/lib/reports/adoption-report-schema';
import { AdoptionReportView } from './adoption-report-view';
import { REPORT_CSS } from './report-css';

/** The report as a self-contained HTML document (inline styles and charts): what Chromium prints. */
export function ReportDocument({ report }: { report: AdoptionReport }) {
  return (
    <html lang={report.selection.language}>
      {/* biome-ignore lint/style/noHeadElement: a standalone document for the PDF printer, not a Next page */}
      <head>
        <meta charSet="utf-8" />
        <title>{report.title}</title>
        <style>{`@page { size: A4; } body { margin: 0; }${REPORT_CSS}`}</style>
      </head>
      <body>
        <AdoptionReportView report={report} />
      </body>
    </html>
  );
}
