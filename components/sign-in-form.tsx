'use client';

import { useActionState } from 'react';
import { FormSubmit } from '@/components/form-submit';
import { type SignInState, signInAction } from '@/lib/actions/sign-in';

interface Props {
  next: string | undefined;
  labels: { email: string; password: string; submit: string };
}

export function SignInForm({ next, labels }: Props) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { error: null });
  return (
    <form action={action}>
      <input type="hidden" name="next" value={next ?? '/'} />
      <label htmlFor="email">{labels.email}</label>
      <input id="email" name="email" type="email" autoComplete="username" required />
      <label htmlFor="password">{labels.password}</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required />
      <FormSubmit error={state.error} pending={pending} label={labels.submit} />
    </form>
  );
}
