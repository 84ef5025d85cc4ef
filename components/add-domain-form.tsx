'use client';

import { useActionState } from 'react';
import { type AddDomainState, addDomainAction } from '@/lib/actions/add-domain';

interface Props {
  labels: { add: string; placeholder: string };
}

export function AddDomainForm({ labels }: Props) {
  const [state, action, pending] = useActionState<AddDomainState, FormData>(addDomainAction, {
    error: null,
    added: null,
  });
  return (
    <form action={action} className="panel">
      <label htmlFor="domain">{labels.add}</label>
      <div className="row">
        <input
          id="domain"
          name="domain"
          type="text"
          placeholder={labels.placeholder}
          required
          maxLength={1000}
        />
        <button type="submit" disabled={pending}>
          {labels.add}
        </button>
      </div>
      {state.error && (
        <p className="error" role="alert">
          {state.error}
        </p>
      )}
      {state.added && (
        <p role="status">
          ✓ {state.added.unicode}
          {state.added.unicode !== state.added.ascii && ` (${state.added.ascii})`}
        </p>
      )}
    </form>
  );
}
