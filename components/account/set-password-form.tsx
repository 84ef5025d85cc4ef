'use client';

import { useActionState } from 'react';
import { FormSubmit } from '@/components/form-submit';
import { type RedeemUserLinkState, redeemUserLinkAction } from '@/lib/actions/redeem-user-link';
import type { PasswordWeakness } from '@/lib/auth/password-policy';

interface Props {
  token: string;
  kind: 'invite' | 'reset';
  /** The invitee's name as the admin typed it, to confirm or correct; absent on a reset. */
  name?: string | null;
  labels: {
    email: string;
    name: string;
    password: string;
    confirm: string;
    submit: string;
    invalid: string;
    mismatch: string;
    invalidLink: string;
    weak: Record<PasswordWeakness, string>;
  };
  email: string;
}

function answer(state: RedeemUserLinkState, labels: Props['labels']): string | null {
  if (state.status === 'weak') return labels.weak[state.reason];
  if (state.status === 'invalid_link') return labels.invalidLink;
  if (state.status === 'invalid' || state.status === 'mismatch') return labels[state.status];
  return null;
}

/** The form an invitation or reset link opens: choose a password (and a name), then be signed in. */
export function SetPasswordForm({ token, kind, name, email, labels }: Props) {
  const [state, action, pending] = useActionState<RedeemUserLinkState, FormData>(redeemUserLinkAction, {
    status: 'idle',
  });
  const error = answer(state, labels);
  return (
    <form action={action}>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="kind" value={kind} />
      <label htmlFor="link-email">{labels.email}</label>
      <input id="link-email" type="email" value={email} readOnly autoComplete="username" />
      {kind === 'invite' && (
        <>
          <label htmlFor="link-name">{labels.name}</label>
          <input
            id="link-name"
            name="name"
            type="text"
            maxLength={100}
            defaultValue={name ?? ''}
            autoComplete="name"
          />
        </>
      )}
      <label htmlFor="link-password">{labels.password}</label>
      <input
        id="link-password"
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={12}
        required
      />
      <label htmlFor="link-confirm">{labels.confirm}</label>
      <input
        id="link-confirm"
        name="confirm"
        type="password"
        autoComplete="new-password"
        minLength={12}
        required
      />
      <FormSubmit error={error} pending={pending} label={labels.submit} />
    </form>
  );
}
