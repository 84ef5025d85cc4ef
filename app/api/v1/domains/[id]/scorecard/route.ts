import { renderScorecardPdf } from '@/components/documents/scorecard/render-scorecard-pdf';
import { notFound } from '@/lib/api/v1/api-problem';
import { exportScorecardOperation } from '@/lib/api/v1/export-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { buildScorecardExport } from '@/lib/exports/build-scorecard-export';
import { attachmentDisposition, exportFilename } from '@/lib/exports/export-filename';
import { currentLocale } from '@/lib/i18n/current-locale';
import { lastDays } from '@/lib/queries/dmarc-report-target';
import { getDmarcView } from '@/lib/queries/get-dmarc-view';
import { getDomainScorecard } from '@/lib/queries/get-domain-scorecard';

export const GET = v1Route(exportScorecardOperation, async ({ principal, params, query }) => {
  const scorecard = await getDomainScorecard(principal.viewer, params.id);
  if (!scorecard) throw notFound('Domain');
  // The page's DMARC report panel, read as the same viewer over the same period.
  const dmarc = await getDmarcView(principal.viewer, { kind: 'domain', id: scorecard.id }, lastDays(30));
  const data = buildScorecardExport(scorecard, dmarc, query.lang ?? (await currentLocale()));
  if (query.format === 'json') return data;
  const pdf = await renderScorecardPdf(data);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': attachmentDisposition(exportFilename(`scorecard-${scorecard.ascii}`, 'pdf')),
      'Cache-Control': 'no-store',
    },
  });
});
