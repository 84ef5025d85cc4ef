/**
 * Who may open each page of app/, as data, keyed by its route as the file tree spells it
 * ('/domains/[id]'; route groups such as '(app)' left out). app/pages-authorization.test.ts fails for
 * a page.tsx without a row here, and checks each signed-in page calls pageContext() with this role
 * itself; e2e/authorization-matrix.spec.ts visits every row as each kind of user. Add a row (and,
 * for a page with an [id], its fixture in the spec) with each new page.
 */

/** The least role that may open a page; 'public': anyone; redirect: it only sends on to another page. */
export type PageAccess = 'viewer' | 'editor' | 'admin' | 'public' | { redirect: string };

export const PAGE_ACCESS: Record<string, PageAccess> = {
  '/': 'viewer',
  '/overview': 'viewer',
  '/received-mail': 'viewer',
  '/findings': 'viewer',
  '/domains/[id]': 'viewer',
  '/groups': 'viewer',
  '/groups/[id]': 'viewer',
  '/groups/[id]/compliance': 'viewer',
  '/compliance/exceptions': 'viewer',
  '/groups/[id]/compare': 'viewer',
  // Contacts are personal data: shown to those who may see the group; the forms to editors.
  '/groups/[id]/owners': 'viewer',
  // Profiles are shared definitions without domain data: everyone reads; only unscoped admins edit.
  '/compliance': 'viewer',
  '/compliance/profiles/[id]': 'viewer',
  '/compliance/profiles/new': 'admin',
  '/scans': 'viewer',
  '/scans/[id]': 'viewer',
  '/reports': 'viewer',
  '/reports/[id]': 'viewer',
  '/alerts': 'viewer',
  '/alerts/rules/[id]': 'viewer',
  '/alerts/deliveries/[id]': 'viewer',
  '/import': 'editor',
  '/dmarc-reports': 'editor',
  '/settings': { redirect: '/settings/account' },
  '/settings/account': 'viewer',
  '/settings/account/mfa': 'viewer',
  '/settings/users': 'admin',
  '/settings/users/[id]': 'admin',
  '/settings/api-tokens': 'admin',
  // Instance-wide, no mail content: everyone reads; the forms show only to unscoped admins.
  '/settings/mail-sources': 'viewer',
  '/settings/mail-sources/[id]': 'viewer',
  '/settings/mailboxes': 'admin',
  '/settings/audit': 'admin',
  '/settings/audit/[id]': 'admin',
  '/login': 'public',
  '/setup': 'public',
  // The second sign-in step: shows a form only to a browser with a pending sign-in, else sends to /login.
  '/login/mfa': 'public',
  // Opened with a one-time link: the link is the credential; a bad one shows "invalid or expired".
  '/welcome/[token]': 'public',
  '/reset/[token]': 'public',
  // A group's opt-in public status page: its unguessable link is the credential; a bad one is 404.
  '/status/[token]': 'public',
};

/** The role a page finally needs, following a redirect-only page to where it sends. */
export function accessOf(route: string): Exclude<PageAccess, { redirect: string }> {
  const access = PAGE_ACCESS[route];
  if (access === undefined) throw new Error(`no PAGE_ACCESS row for ${route}`);
  return typeof access === 'string' ? access : accessOf(access.redirect);
}
