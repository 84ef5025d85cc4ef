import { createRequire } from 'node:module';
import path from 'node:path';
import type { ReactElement } from 'react';

type RenderToStaticMarkup = (element: ReactElement) => string;

let render: RenderToStaticMarkup | undefined;

/**
 * React's renderToStaticMarkup, loaded by Node when first called. Next compiles route handlers for
 * React Server Components, where `react-dom/server` is refused at build time; a PDF is not a page but
 * a document printed on the server, so the ordinary Node build is required at run time instead,
 * from the app's own node_modules. The elements it renders come from the route's React: they are
 * plain objects marked with Symbol.for keys, which any React 19 renders, provided the components use
 * no hooks or context (the printed documents are pure functions of their props).
 */
export function renderToStaticMarkup(element: ReactElement): string {
  render ??= (
    createRequire(path.join(process.cwd(), 'package.json'))('react-dom/server') as {
      renderToStaticMarkup: RenderToStaticMarkup;
    }
  ).renderToStaticMarkup;
  return render(element);
}
