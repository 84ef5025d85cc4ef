import type { BrowserContext, Page } from '@playwright/test';

/**
 * Runs `visit` on each item in `tabs` pages of `context` side by side, taking items from one queue
 * in order. A page load waits on the server, then on the browser: one tab leaves a core idle most
 * of the time. The first failure rejects; the other tabs stop at their next item.
 */
export async function inTabs<T>(
  context: BrowserContext,
  items: readonly T[],
  visit: (page: Page, item: T) => Promise<void>,
  tabs = 2,
): Promise<void> {
  const queue = [...items];
  let failed = false;
  await Promise.all(
    Array.from({ length: tabs }, async () => {
      const page = await context.newPage();
      for (let item = queue.shift(); item !== undefined && !failed; item = queue.shift()) {
        await visit(page, item).catch((error: unknown) => {
          failed = true;
          throw error;
        });
      }
    }),
  );
}
