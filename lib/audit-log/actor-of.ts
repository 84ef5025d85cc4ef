import type { AuditActor } from './record-audit-event';

/** An actor that is a person (signed in, or through one of their tokens): what creates rows with an author. */
export type PersonActor = AuditActor & { userId: string };

/** A signed-in person, as the session gives them (SessionUser fits). */
interface SignedInUser {
  id: string;
  email: string;
}

/** A /api/v1 caller, as authenticateRequest gives it (ApiPrincipal fits). */
type ApiCaller =
  | { kind: 'session'; user: SignedInUser }
  | { kind: 'token'; tokenId: string; tokenName: string; userId: string; userEmail: string };

/**
 * The actor of an audit entry: a signed-in person, or an API caller (a token is recorded with its
 * creator, as whom it acts, and its own id and name). Typed structurally so that lib/audit-log
 * imports neither lib/auth's session nor lib/api/v1's principal.
 */
export function actorOf(who: SignedInUser | ApiCaller, clientAddress: string | null): PersonActor {
  if (!('kind' in who)) return { userId: who.id, label: who.email, clientAddress };
  if (who.kind === 'session') return { userId: who.user.id, label: who.user.email, clientAddress };
  return {
    userId: who.userId,
    label: who.userEmail,
    tokenId: who.tokenId,
    tokenName: who.tokenName,
    clientAddress,
  };
}

/** Kensa itself: the retention purge, and anything a job does on nobody's behalf. */
export const SYSTEM_ACTOR: AuditActor = Object.freeze({ userId: null, label: 'system' });
