'use client';

import { useActionState } from 'react';
import { type RenameOwnAccountState, renameOwnAccountAction } from '@/lib/actions/rename-own-account';

interface Props {
  name: string | null;
  labels: { name: string; save: string; saved: string; invalid: string };
}

/** Changes the signed-in user's display name. */
export function AccountNameForm({ name, labels }: Props) {
  const [state, action, pending] = useActionState<RenameOwnAccountState, FormData>(renameOwnAccountAction, {
    status: 'idle',
  });
  return (
    <form action={action} className="form-grid">
      <label htmlFor="account-name">{labels.name}</label>
      <input
        id="account-name"
        name="name"
        type="text"
        maxLength={100}
        defaultValue={name ?? ''}
        autoComplete="name"
      />
      <div>
        <button type="submit" disabled={pending}>
          {labels.save}
        </button>
      </div>
      <p role="status" className={state.status === 'invalid' ? 'error' : undefined}>
        {state.status === 'saved' ? labels.saved : state.status === 'invalid' ? labels.invalid : ''}
      </p>
    </form>
  );
}
