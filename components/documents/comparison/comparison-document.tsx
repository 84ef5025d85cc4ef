import type { Locale } from '@/lib/i18n/messages';
import { comparisonLabels, comparisonTitle } from '@/lib/reports/comparison/comparison-labels';
import type { GroupComparison } from '@/lib/reports/comparison/group-comparison-schema';
import { REPORT_CSS } from '../report/report-css';
import { ComparisonView } from './comparison-view';

/** The comparison as a self-contained HTML document in the report's styles: what Chromium prints. */
export function ComparisonDocument({
  comparison,
  language,
}: {
  comparison: GroupComparison;
  language: Locale;
}) {
  return (
    <html lang={language}>
      {/* biome-ignore lint/style/noHeadElement: a standalone document for the PDF printer, not a Next page */}
      <head>
        <meta charSet="utf-8" />
        <title>{comparisonTitle(comparison, comparisonLabels(language))}</title>
        <style>{`@page { size: A4; } body { margin: 0; }${REPORT_CSS}`}</style>
      </head>
      <body>
        <ComparisonView comparison={comparison} language={language} />
      </body>
    </html>
  );
}
