import { renderComparisonPdf } from '@/components/documents/comparison/render-comparison-pdf';
import { notFound } from '@/lib/api/v1/api-problem';
import { downloadGroupComparisonOperation } from '@/lib/api/v1/comparison-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { attachmentDisposition } from '@/lib/exports/export-filename';
import { currentLocale } from '@/lib/i18n/current-locale';
import { getGroupComparison } from '@/lib/reports/comparison/get-group-comparison';
import { comparisonFilename, renderComparisonData } from '@/lib/reports/comparison/render-comparison-file';
import { REPORT_MEDIA_TYPES } from '@/lib/reports/report-formats';

/** The comparison as a file; the page's download links use this route with the session cookie. */
export const GET = v1Route(downloadGroupComparisonOperation, async ({ principal, params, query }) => {
  const { format, lang, ...days } = query;
  const comparison = await getGroupComparison(principal.viewer, params.id, days);
  if (!comparison) throw notFound('Group');
  const language = lang ?? (await currentLocale());
  const body =
    format === 'pdf'
      ? await renderComparisonPdf(comparison, language)
      : await renderComparisonData(comparison, format, language);
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': REPORT_MEDIA_TYPES[format],
      'Content-Disposition': attachmentDisposition(comparisonFilename(comparison, format)),
      'Cache-Control': 'private, no-store',
    },
  });
});
