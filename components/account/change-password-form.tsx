'use client';

import { useActionState } from 'react';
import { type ChangeOwnPasswordState, changeOwnPasswordAction } from '@/lib/actions/change-own-password';
import type { PasswordWeakness } from '@/lib/auth/password-policy';

interface Props {
  labels: {
    current: string;
    next: string;
    confirm: string;
    hint: string;
    submit: string;
    changed: string;
    invalid: string;
    mismatch: string;
    wrongPassword: string;
    busy: string;
    weak: Record<PasswordWeakness, string>;
  };
}

function answer(state: ChangeOwnPasswordState, labels: Props['labels']): string {
  if (state.status === 'weak') return labels.weak[state.reason];
  if (state.status === 'wrong_password') return labels.wrongPassword;
  if (state.status === 'busy') return labels.busy;
  if (state.status === 'invalid' || state.status === 'mismatch') return labels[state.status];
  return state.status === 'changed' ? labels.changed : '';
}

/** Changes the own password (the current one proves it is the owner); other browsers are signed out. */
export function ChangePasswordForm({ labels }: Props) {
  const [state, action, pending] = useActionState<ChangeOwnPasswordState, FormData>(changeOwnPasswordAction, {
    status: 'idle',
  });
  return (
    <form action={action} className="form-grid">
      <label htmlFor="current-password">{labels.current}</label>
      <input id="current-password" name="current" type="password" autoComplete="current-password" required />
      <label htmlFor="new-password">{labels.next}</label>
      <input
        id="new-password"
        name="next"
        type="password"
        autoComplete="new-password"
        minLength={12}
        required
      />
      <label htmlFor="confirm-password">{labels.confirm}</label>
      <input
        id="confirm-password"
        name="confirm"
        type="password"
        autoComplete="new-password"
        minLength={12}
        required
      />
      <p className="muted">{labels.hint}</p>
      <div>
        <button type="submit" disabled={pending}>
          {labels.submit}
        </button>
      </div>
      <p role="status" className={state.status !== 'changed' ? 'error' : undefined}>
        {answer(state, labels)}
      </p>
    </form>
  );
}
