'use client';

import { useActionState } from 'react';
import {
  type InstanceSettingsState,
  updateInstanceSettingsAction,
} from '@/lib/actions/update-instance-settings';

interface Props {
  requireAdminMfa: boolean;
  labels: {
    requireAdminMfa: string;
    note: string;
    save: string;
    saved: string;
    invalid: string;
    outOfScope: string;
  };
}

/** The instance's security settings (today: require MFA for administrators). */
export function InstanceSettingsForm({ requireAdminMfa, labels }: Props) {
  const [state, action, pending] = useActionState<InstanceSettingsState, FormData>(
    updateInstanceSettingsAction,
    { status: 'idle' },
  );
  const message = { idle: '', saved: labels.saved, invalid: labels.invalid, out_of_scope: labels.outOfScope };
  return (
    <form action={action}>
      <p>
        <label>
          <input type="checkbox" name="requireAdminMfa" defaultChecked={requireAdminMfa} />{' '}
          {labels.requireAdminMfa}
        </label>
      </p>
      <p className="muted">{labels.note}</p>
      <p>
        <button type="submit" disabled={pending}>
          {labels.save}
        </button>
      </p>
      <p role="status" className={state.status === 'saved' || state.status === 'idle' ? undefined : 'error'}>
        {message[state.status]}
      </p>
    </form>
  );
}
