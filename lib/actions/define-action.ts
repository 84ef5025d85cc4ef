import type { z } from 'zod';
import { actorOf, type PersonActor } from '@/lib/audit-log/actor-of';
import type { SessionUser } from '@/lib/auth/find-session-user';
import { requestOrigin } from '@/lib/auth/request-origin';
import { requireUser } from '@/lib/auth/require-user';
import type { Role } from '@/lib/auth/roles';

interface ActionOptions<S extends z.ZodType, A extends unknown[], R> {
  /** Who may call it: checked against the session before anything is read. */
  role: Role;
  /** The input, parsed from what `read` makes of the call's arguments. */
  input: S;
  read: (...args: A) => unknown;
  /** The answer when the input does not parse; `run` is not called. */
  invalid: R;
  /** Open also to a session held for MFA enrolment (the enrolment's own actions). */
  duringMfaEnrolment?: boolean;
}

/** A server action made with defineAction; `role` is the least role it lets through, for tests to read. */
export type DefinedAction<A extends unknown[], R> = ((...args: A) => Promise<R>) & { readonly role: Role };

/**
 * Every server action in lib/actions is made with this (as dub's safe-action): the session and the
 * role are checked first (a signed-out caller is sent to sign in, a viewer to the domains page), then
 * the arguments are parsed with zod, and only then does `run` — a call into the domain's core write
 * in lib/<domain>/ — see them, with the actor the core records its change under in the audit log
 * (the user and the request's address). Actions are public endpoints: anyone can post to one,
 * whatever the UI shows. The role stays readable on the action (`action.role`).
 */
export function defineAction<S extends z.ZodType, A extends unknown[], R>(
  options: ActionOptions<S, A, R>,
  run: (input: z.output<S>, user: SessionUser, actor: PersonActor) => Promise<R>,
): DefinedAction<A, R> {
  const action = async (...args: A) => {
    const user = await requireUser(options.role, { duringMfaEnrolment: options.duringMfaEnrolment });
    const parsed = options.input.safeParse(options.read(...args));
    if (!parsed.success) return options.invalid;
    return run(parsed.data, user, actorOf(user, (await requestOrigin()).clientAddress));
  };
  // lib/actions/actions-authorization.test.ts checks every action's role against its expectation.
  return Object.assign(action, { role: options.role });
}
