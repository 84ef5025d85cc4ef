import { chromium } from 'playwright-core';
import { env } from '@/lib/env';

export interface PrintOptions {
  /** Shown at the foot of every page with the page number, e.g. the report's title and date. */
  footer?: string;
  landscape?: boolean;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Prints a complete HTML document to an A4 PDF with Debian's Chromium (KENSA_CHROMIUM_PATH), the
 * same engine the browser tests use, so Japanese text (Noto CJK) and SVG charts print as on screen.
 * The page gets no network: everything it shows must be inline, and nothing from DNS can make the
 * printer fetch anything.
 */
export async function printPdf(html: string, options: PrintOptions = {}): Promise<Buffer> {
  const browser = await chromium.launch({
    executablePath: env().KENSA_CHROMIUM_PATH,
    // Root in containers cannot use Chromium's sandbox; the page is our own HTML with JS disabled.
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      landscape: options.landscape ?? false,
      printBackground: true,
      margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:8px;width:100%;padding:0 14mm;display:flex;justify-content:space-between;font-family:'Noto Sans CJK JP',sans-serif"><span>${escapeHtml(options.footer ?? '')}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
    });
  } finally {
    await browser.close();
  }
}
