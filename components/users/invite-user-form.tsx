'use client';

import { useActionState } from 'react';
import { type InviteUserState, inviteUserAction } from '@/lib/actions/invite-user';
import type { Role } from '@/lib/auth/roles';
import { IssuedLink } from './issued-link';

export interface InviteUserLabels {
  email: string;
  name: string;
  role: string;
  /** Role names, by role. */
  roles: Record<Role, string>;
  submit: string;
  invalid: string;
  emailTaken: string;
  unknownGroup: string;
  outOfScope: string;
  /** "{email}" is filled in here. */
  invited: string;
  link: string;
  mail: { sent: string; failed: string; not_configured: string };
}

/** Invites someone by e-mail and shows the one-time link once, whether or not it was mailed. */
export function InviteUserForm({ labels }: { labels: InviteUserLabels }) {
  const [state, action, pending] = useActionState<InviteUserState, FormData>(inviteUserAction, {
    status: 'idle',
  });
  return (
    <>
      <form action={action} className="panel form-grid">
        <label htmlFor="invite-email">{labels.email}</label>
        <input id="invite-email" name="email" type="email" required maxLength={320} autoComplete="off" />
        <label htmlFor="invite-name">{labels.name}</label>
        <input id="invite-name" name="name" type="text" maxLength={100} autoComplete="off" />
        <label htmlFor="invite-role">{labels.role}</label>
        <select id="invite-role" name="role" defaultValue="viewer">
          {(['viewer', 'editor', 'admin'] as const).map((role) => (
            <option key={role} value={role}>
              {labels.roles[role]}
            </option>
          ))}
        </select>
        <div>
          <button type="submit" disabled={pending}>
            {labels.submit}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {state.status === 'invalid' && <p className="error">{labels.invalid}</p>}
        {state.status === 'refused' && (
          <p className="error">
            {
              {
                email_taken: labels.emailTaken,
                unknown_group: labels.unknownGroup,
                out_of_scope: labels.outOfScope,
              }[state.code]
            }
          </p>
        )}
        {state.status === 'invited' && (
          <IssuedLink
            message={labels.invited.replace('{email}', state.email)}
            url={state.url}
            label={labels.link}
            mailNote={labels.mail[state.mail]}
          />
        )}
      </div>
    </>
  );
}
