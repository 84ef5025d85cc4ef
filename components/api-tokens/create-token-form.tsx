'use client';

import { useActionState } from 'react';
import { type CreateApiTokenState, createApiTokenAction } from '@/lib/actions/create-api-token';

interface Props {
  expiryDays: readonly number[];
  labels: {
    name: string;
    scope: string;
    scopeRead: string;
    scopeWrite: string;
    expiry: string;
    /** One per entry of expiryDays. */
    expiryDays: string[];
    submit: string;
    invalid: string;
    /** "{name}" is filled in here. */
    created: string;
    copyHint: string;
    token: string;
  };
}

/** Creates a token and shows it once, selectable for copying; a reload forgets it for good. */
export function CreateTokenForm({ expiryDays, labels }: Props) {
  const [state, action, pending] = useActionState<CreateApiTokenState, FormData>(createApiTokenAction, {
    status: 'idle',
  });
  return (
    <>
      <form action={action} className="panel form-grid">
        <label htmlFor="token-name">{labels.name}</label>
        <input id="token-name" name="name" type="text" required maxLength={100} autoComplete="off" />
        <label htmlFor="token-scope">{labels.scope}</label>
        <select id="token-scope" name="scope" defaultValue="read">
          <option value="read">{labels.scopeRead}</option>
          <option value="write">{labels.scopeWrite}</option>
        </select>
        <label htmlFor="token-expiry">{labels.expiry}</label>
        <select id="token-expiry" name="expiresInDays" defaultValue="90">
          {expiryDays.map((days, i) => (
            <option key={days} value={days}>
              {labels.expiryDays[i]}
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
        {state.status === 'created' && (
          <div className="panel" data-testid="created-token">
            <p>{labels.created.replace('{name}', state.name)}</p>
            <label htmlFor="new-token">{labels.token}</label>{' '}
            <input
              id="new-token"
              data-testid="new-token"
              type="text"
              readOnly
              size={52}
              value={state.token}
              onFocus={(event) => event.currentTarget.select()}
            />
            <p className="muted">{labels.copyHint}</p>
          </div>
        )}
      </div>
    </>
  );
}
