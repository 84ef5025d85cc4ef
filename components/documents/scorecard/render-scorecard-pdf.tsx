import { printPdf } from '@/lib/exports/print-pdf';
import { renderToStaticMarkup } from '@/lib/exports/render-static-markup';
import type { ScorecardExport } from '@/lib/exports/scorecard-export-schema';
import { translator } from '@/lib/i18n/translate';
import { ScorecardDocument } from './scorecard-document';

/** The scorecard document as HTML, for printing (and for tests that read what is printed). */
export function renderScorecardHtml(data: ScorecardExport): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(<ScorecardDocument data={data} />)}`;
}

/** The scorecard as an A4 PDF, the domain and the title at the foot of every page. */
export function renderScorecardPdf(data: ScorecardExport): Promise<Buffer> {
  const t = translator(data.language);
  return printPdf(renderScorecardHtml(data), {
    footer: `${t('exports.scorecardTitle')} — ${data.domain.ascii}`,
  });
}
