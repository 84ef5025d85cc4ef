const ORIGIN = 'http://kensa.invalid';

/**
 * Where to go after signing in: `next` when it is a path on this site, else '/'. Browsers read
 * `//host` and `/\host` as another site, and some decode `%5C` to `\` first: an open redirect would
 * let a phishing link borrow our sign-in page, so anything that could leave the site goes home.
 */
export function safeNextPath(next: string | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || /\\|%5c|%2f%2f/i.test(next)) return '/';
  if ([...next].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return '/';
  const url = new URL(next, ORIGIN);
  return url.origin === ORIGIN ? `${url.pathname}${url.search}${url.hash}` : '/';
}
