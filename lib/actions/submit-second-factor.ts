'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { finishMfaSignIn } from '@/lib/auth/mfa/finish-mfa-sign-in';
import { clearPendingMfaCookie, presentedPendingMfaToken } from '@/lib/auth/mfa/pending-mfa-cookie';
import { requestOrigin } from '@/lib/auth/request-origin';
import { signInAs } from '@/lib/auth/set-session-cookie';
import { currentLocale } from '@/lib/i18n/current-locale';
import type { MessageKey } from '@/lib/i18n/messages';
import { translator } from '@/lib/i18n/translate';

const secondFactorInput = z.object({ code: z.string().trim().min(1).max(100) });

export interface SecondFactorState {
  error: string | null;
}

const REFUSAL_MESSAGE: Record<'invalid' | 'wait' | 'locked' | 'unavailable' | 'busy', MessageKey> = {
  invalid: 'mfa.signIn.error.invalid',
  wait: 'login.error.wait',
  locked: 'login.error.locked',
  unavailable: 'login.error.unavailable',
  busy: 'login.error.busy',
};

/**
 * The second step of a sign-in (/login/mfa): a code from the authenticator app or a recovery code,
 * for the pending sign-in the browser's cookie names (lib/auth/mfa/finish-mfa-sign-in.ts). Only then
 * is a session opened. Without a live pending sign-in, back to the password.
 */
export async function submitSecondFactorAction(
  _previous: SecondFactorState,
  form: FormData,
): Promise<SecondFactorState> {
  const t = translator(await currentLocale());
  const input = secondFactorInput.safeParse(Object.fromEntries(form));
  if (!input.success) return { error: t('mfa.signIn.error.input') };
  const origin = await requestOrigin();
  const result = await finishMfaSignIn(
    await presentedPendingMfaToken(),
    input.data.code,
    origin.clientAddress,
  );
  if (!result.ok) {
    if (result.code === 'expired') {
      await clearPendingMfaCookie();
      redirect('/login?mfa=expired');
    }
    const seconds = result.retryAfterSeconds ?? 0;
    return { error: t(REFUSAL_MESSAGE[result.code], { seconds, minutes: Math.ceil(seconds / 60) }) };
  }
  await clearPendingMfaCookie();
  await signInAs(result.userId, origin);
  redirect(result.next);
}
