/**
 * Every page.tsx under app/ has a row in testing/authz/page-access.ts, and each signed-in page checks
 * the session itself — it calls pageContext() with its row's role — rather than relying on the
 * (app) layout, which a client-side navigation does not re-run (docs/architecture.md,
 * Authentication). Public pages do not; a redirect-only page reads nothing. The pages are then
 * visited as each kind of user by e2e/authorization-matrix.spec.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PAGE_ACCESS } from '@/testing/authz/page-access';

const APP = fileURLToPath(new URL('.', import.meta.url));

function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? pageFiles(join(dir, entry.name))
      : entry.name === 'page.tsx'
        ? [join(dir, entry.name)]
        : [],
  );
}

/** '/domains/[id]' for app/(app)/domains/[id]/page.tsx: route groups do not name a path. */
function routeOf(file: string): string {
  const segments = relative(APP, file).split(sep).slice(0, -1);
  return `/${segments.filter((segment) => !/^\(.*\)$/.test(segment)).join('/')}`;
}

const pages = pageFiles(APP).map((file) => ({ route: routeOf(file), source: readFileSync(file, 'utf8') }));

/** What a page's source shows of its access, in the terms of PAGE_ACCESS. */
function declared(source: string): string {
  // The role is the first argument (options such as duringMfaEnrolment may follow).
  const calls = [...source.matchAll(/\bpageContext\(([^),]*)[^)]*\)/g)].map(
    (m) => m[1]?.trim() || "'viewer'",
  );
  const roles = [...new Set(calls.map((arg) => arg.replace(/^'(\w+)'$/, '$1')))];
  if (roles.length > 0) return roles.join(' and ');
  if (/\brequireUser\(/.test(source)) return 'requireUser without pageContext';
  const target = /^\s*redirect\('([^']+)'\);?\s*$/m.exec(source)?.[1];
  if (target && !source.includes('@/lib/queries/')) return `redirect ${target}`;
  return 'public';
}

describe('pages', () => {
  it('each have a row in PAGE_ACCESS, and every row a page', () => {
    const routes = pages.map((page) => page.route).sort();
    expect(routes).toEqual(Object.keys(PAGE_ACCESS).sort());
  });

  it("each check the session themselves with their row's role (pageContext), or are public", () => {
    const have = Object.fromEntries(pages.map((page) => [page.route, declared(page.source)]));
    const want = Object.fromEntries(
      pages.map(({ route }) => {
        const access = PAGE_ACCESS[route];
        return [route, typeof access === 'object' ? `redirect ${access.redirect}` : (access ?? 'no row')];
      }),
    );
    expect(have).toEqual(want);
  });
});
