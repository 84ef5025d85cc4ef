import type { SessionUser } from '@/lib/auth/find-session-user';
import type { Viewer } from '@/lib/auth/viewer';

/** Who is calling /api/v1: a script with an API token, or a signed-in person (the UI's downloads). */
export type ApiPrincipal =
  | {
      kind: 'token';
      tokenId: string;
      tokenName: string;
      userId: string;
      /** The creator's e-mail, recorded with the token in the audit log. */
      userEmail: string;
      scope: 'read' | 'write';
      canWrite: boolean;
      /** When the token stops working (every token expires, within a year of its creation). */
      expiresAt: Date;
      /** What the queries take: the token reads as its creator. */
      viewer: Viewer;
    }
  | { kind: 'session'; user: SessionUser; canWrite: boolean; viewer: Viewer };

/** The key rate limits are counted under. */
export function principalKey(principal: ApiPrincipal): string {
  return principal.kind === 'token' ? `token:${principal.tokenId}` : `user:${principal.user.id}`;
}

/** The user id recorded as the author of what the call creates (scan runs, reports…). */
export function principalUserId(principal: ApiPrincipal): string {
  return principal.kind === 'token' ? principal.userId : principal.user.id;
}
