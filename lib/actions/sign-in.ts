'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { attemptSignIn, type SignInRefusal } from '@/lib/auth/attempt-sign-in';
import { finishPasswordSignIn } from '@/lib/auth/finish-password-sign-in';
import { requestOrigin } from '@/lib/auth/request-origin';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { currentLocale } from '@/lib/i18n/current-locale';
import type { MessageKey } from '@/lib/i18n/messages';
import { translator } from '@/lib/i18n/translate';

const signInInput = z.object({
  email: z.string().trim().toLowerCase().min(1).max(320),
  password: z.string().min(1).max(1000),
  next: z.string().max(2000).optional(),
});

export interface SignInState {
  error: string | null;
}

const REFUSAL_MESSAGE: Record<SignInRefusal, MessageKey> = {
  invalid: 'login.error.invalid',
  wait: 'login.error.wait',
  locked: 'login.error.locked',
  unavailable: 'login.error.unavailable',
  busy: 'login.error.busy',
};

/**
 * Checks e-mail and password (throttled, audited: lib/auth/attempt-sign-in.ts); on success opens a
 * new session and goes to `next` (a path of this site) — or, for an account with MFA, to the second
 * step (lib/auth/finish-password-sign-in.ts).
 */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const t = translator(await currentLocale());
  const input = signInInput.safeParse(Object.fromEntries(form));
  if (!input.success) return { error: t('login.error.input') };
  const origin = await requestOrigin();
  const outcome = await attemptSignIn({ ...input.data, clientAddress: origin.clientAddress });
  if (!outcome.ok) {
    const seconds = outcome.retryAfterSeconds ?? 0;
    return { error: t(REFUSAL_MESSAGE[outcome.code], { seconds, minutes: Math.ceil(seconds / 60) }) };
  }
  const { email } = input.data;
  const done = await finishPasswordSignIn(outcome.userId, {
    email,
    origin,
    next: safeNextPath(input.data.next),
  });
  if (!done.ok) return { error: t('login.error.unavailable') };
  redirect(done.path);
}
