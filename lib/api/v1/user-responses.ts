import type { Viewer } from '@/lib/auth/viewer';
import { getUser } from '@/lib/queries/get-user';
import type { UserRow } from '@/lib/queries/user-row';
import { ApiProblem, notFound } from './api-problem';

const MESSAGES = {
  not_found: 'User not found.',
  last_admin: 'This is the last enabled admin: make someone else an admin first.',
  email_taken: 'An account with this e-mail address exists already.',
  unknown_group: 'A group id names no group.',
  disabled: 'The user is disabled: enable them first.',
  sso_only: 'The account signs in only through SSO: pass allowPassword=true to let them choose a password.',
} as const;

/** The answer to a refused user write: 404, or 409 with the core's code (400 for an unknown group). */
export function userProblem(code: keyof typeof MESSAGES): ApiProblem {
  if (code === 'not_found') return notFound('User');
  return new ApiProblem(code === 'unknown_group' ? 400 : 409, code, MESSAGES[code]);
}

/** The user as the API shows them after a change; 404 when there is none. */
export async function readUserItem(viewer: Viewer, id: string): Promise<UserRow> {
  const user = await getUser(viewer, id);
  if (!user) throw notFound('User');
  return user;
}
