import type { AuditActor } from './record-audit-event';

/** The audit actor of a signed-in person acting in the UI. */
export function actorOfUser(user: { id: string; email: string }): AuditActor {
  return { userId: user.id, label: user.email };
}
