'use client';

import { useActionState } from 'react';
import { FormSubmit } from '@/components/form-submit';
import { type SecondFactorState, submitSecondFactorAction } from '@/lib/actions/submit-second-factor';

interface Props {
  labels: { code: string; submit: string };
}

/** The second sign-in step: a code from the authenticator app or a recovery code. */
export function SecondFactorForm({ labels }: Props) {
  const [state, action, pending] = useActionState<SecondFactorState, FormData>(submitSecondFactorAction, {
    error: null,
  });
  return (
    <form action={action}>
      <label htmlFor="mfa-code">{labels.code}</label>
      <input
        id="mfa-code"
        name="code"
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={100}
        required
      />
      <FormSubmit error={state.error} pending={pending} label={labels.submit} />
    </form>
  );
}
