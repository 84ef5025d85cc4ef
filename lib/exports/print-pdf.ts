import { type Browser, chromium } from 'playwright-core';
import { createLimiter, type Limiter } from '@/audit/dns/limiter';
import { env } from '@/lib/env';

export interface PrintOptions {
  /** Shown at the foot of every page with the page number, e.g. the report's title and date. */
  footer?: string;
  landscape?: boolean;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** How long an unused Chromium stays up for the next PDF (launching costs about a second). */
const IDLE_CLOSE_MS = 60_000;

const shared: { browser?: Promise<Browser>; users: number; idleTimer?: NodeJS.Timeout } = { users: 0 };

/** One Chromium per process, launched on first use and closed after a minute without prints. */
async function acquireBrowser(): Promise<Browser> {
  clearTimeout(shared.idleTimer);
  shared.users++;
  shared.browser ??= chromium
    .launch({
      executablePath: env().KENSA_CHROMIUM_PATH,
      // Root in containers cannot use Chromium's sandbox; pages are our own HTML with JS disabled.
      args: ['--no-sandbox', '--disable-dev-shm-usage'],
    })
    .then((browser) => {
      browser.on('disconnected', () => {
        shared.browser = undefined;
      });
      return browser;
    })
    .catch((error: unknown) => {
      shared.browser = undefined;
      throw error;
    });
  return shared.browser;
}

function releaseBrowser(): void {
  shared.users--;
  if (shared.users > 0) return;
  shared.idleTimer = setTimeout(() => {
    const closing = shared.browser;
    shared.browser = undefined;
    void closing?.then((browser) => browser.close()).catch(() => {});
  }, IDLE_CLOSE_MS);
  shared.idleTimer.unref();
}

let printSlots: Limiter | undefined;

/**
 * Prints a complete HTML document to an A4 PDF with Debian's Chromium (KENSA_CHROMIUM_PATH), the
 * same engine the browser tests use, so Japanese text (Noto CJK) and SVG charts print as on screen.
 * Each print gets its own browser context with no network and no JavaScript: everything it shows
 * must be inline, and nothing from DNS can make the printer fetch anything.
 */
export function printPdf(html: string, options: PrintOptions = {}): Promise<Buffer> {
  // Each print holds a Chromium page (tens of MB and a core): at most KENSA_PDF_CONCURRENCY at once per
  // process, the rest wait their turn in order, so a burst of downloads cannot exhaust the machine.
  printSlots ??= createLimiter({ maxInFlight: env().KENSA_PDF_CONCURRENCY });
  return printSlots.run(() => printInChromium(html, options));
}

async function printInChromium(html: string, options: PrintOptions): Promise<Buffer> {
  const browser = await acquireBrowser();
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
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
    await context.close().catch(() => {});
    releaseBrowser();
  }
}
