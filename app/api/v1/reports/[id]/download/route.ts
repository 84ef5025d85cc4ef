import { renderReportFile } from '@/components/documents/report/render-report-file';
import { notFound } from '@/lib/api/v1/api-problem';
import { downloadReportOperation } from '@/lib/api/v1/report-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { getReport } from '@/lib/reports/get-report';

/** The stored figures as a file; the UI's download links use this route with the session cookie. */
export const GET = v1Route(downloadReportOperation, async ({ principal, params, query }) => {
  const stored = await getReport(principal.viewer, params.id);
  if (!stored) throw notFound('Report');
  const file = await renderReportFile(stored.content, query.format);
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
