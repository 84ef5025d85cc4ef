import type { SessionUser } from './find-session-user';

/** Set only by the functions below (Symbol.for: still one mark if a bundler loads this file twice). */
const CHECKED = Symbol.for('kensa.viewer-checked');

/**
 * Proof that a read is made for a caller whose credentials were checked: every query takes one as
 * its first argument and refuses to run without it (`readAs`), so a page, route or job cannot read
 * without having authenticated first. Only the sign-in checks mint one (`requireUser` through the
 * page context, `authenticateRequest`), background jobs through `systemViewer`, and a group's public
 * status page through `viewerOfStatusLink` once its link's token matched. A page must not
 * rely on its layout for this: a React Server Components request for a client-side navigation
 * renders the page without re-running the layout.
 */
export interface Viewer {
  readonly kind: 'session' | 'token' | 'system' | 'status-link';
  /** The person reading (a token reads as its creator); null for the system. */
  readonly userId: string | null;
  readonly role: SessionUser['role'];
  /**
   * The groups whose domains this viewer may see; null: everything. Empty: nothing (a token
   * narrowed to groups its creator has no longer). Enforced by the queries (lib/queries/visible.ts).
   */
  readonly groupIds: readonly string[] | null;
  readonly [CHECKED]: true;
}

function mint(viewer: Omit<Viewer, typeof CHECKED>): Viewer {
  return Object.freeze({ ...viewer, [CHECKED]: true as const });
}

/** The viewer of a signed-in person (from the session checked against the database). */
export function viewerOfUser(user: SessionUser): Viewer {
  return mint({ kind: 'session', userId: user.id, role: user.role, groupIds: user.groupIds });
}

/** The viewer of an API token, reading as the user who created it, within the token's groups. */
export function viewerOfToken(userId: string, role: SessionUser['role'], groupIds: string[] | null): Viewer {
  return mint({ kind: 'token', userId, role, groupIds });
}

/** For background jobs (alert evaluation, schedules) that read on nobody's behalf. */
export function systemViewer(): Viewer {
  return mint({ kind: 'system', userId: null, role: 'admin', groupIds: null });
}

/**
 * The reader of a group's public status page, after its link's token was found (no person): a
 * viewer of that one group only, so every query the page makes is held to it by the same scope
 * filters as a scoped user's (lib/queries/visible.ts) — a link of group A cannot read group B.
 */
export function viewerOfStatusLink(groupId: string): Viewer {
  return mint({ kind: 'status-link', userId: null, role: 'viewer', groupIds: [groupId] });
}

/** The first line of every query: throws unless `viewer` came from one of the functions above. */
export function readAs(viewer: Viewer): Viewer {
  if (viewer?.[CHECKED] !== true) throw new Error('A query ran without an authenticated viewer.');
  return viewer;
}
