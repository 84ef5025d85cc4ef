'use client';

import { useActionState } from 'react';
import { FormSubmit } from '@/components/form-submit';
import { createFirstAdminAction, type FirstAdminState } from '@/lib/actions/create-first-admin';

interface Props {
  labels: { setupCode: string; name: string; email: string; password: string; submit: string };
}

export function FirstAdminForm({ labels }: Props) {
  const [state, action, pending] = useActionState<FirstAdminState, FormData>(createFirstAdminAction, {
    error: null,
  });
  return (
    <form action={action}>
      <label htmlFor="setupCode">{labels.setupCode}</label>
      <input
        id="setupCode"
        name="setupCode"
        type="text"
        autoComplete="one-time-code"
        spellCheck={false}
        required
      />
      <label htmlFor="name">{labels.name}</label>
      <input id="name" name="name" type="text" autoComplete="name" required />
      <label htmlFor="email">{labels.email}</label>
      <input id="email" name="email" type="email" autoComplete="username" required />
      <label htmlFor="password">{labels.password}</label>
      <input
        id="password"
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={12}
        required
      />
      <FormSubmit error={state.error} pending={pending} label={labels.submit} />
    </form>
  );
}
