import { printPdf } from '@/lib/exports/print-pdf';
import { renderToStaticMarkup } from '@/lib/exports/render-static-markup';
import type { Locale } from '@/lib/i18n/messages';
import type { GroupComparison } from '@/lib/reports/comparison/group-comparison-schema';
import { ComparisonDocument } from './comparison-document';

/** The comparison printed to an A4 PDF, its group and days at the foot of every page; React escapes all text. */
export function renderComparisonPdf(comparison: GroupComparison, language: Locale): Promise<Buffer> {
  const html = `<!DOCTYPE html>${renderToStaticMarkup(<ComparisonDocument comparison={comparison} language={language} />)}`;
  return printPdf(html, { footer: `${comparison.group.name} · ${comparison.from} → ${comparison.to}` });
}
