'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { createFirstAdminUser } from '@/lib/auth/create-first-admin-user';
import { describePasswordWeakness } from '@/lib/auth/describe-password-weakness';
import { requestOrigin } from '@/lib/auth/request-origin';
import { signInAs } from '@/lib/auth/set-session-cookie';
import { currentLocale } from '@/lib/i18n/current-locale';
import type { MessageKey } from '@/lib/i18n/messages';
import { translator } from '@/lib/i18n/translate';

const firstAdminInput = z.object({
  name: z.string().trim().min(1, 'setup.error.name').max(100, 'setup.error.name'),
  email: z.email('setup.error.email').trim().toLowerCase().max(320, 'setup.error.email'),
  // Length and strength are the password policy's to judge (lib/auth/password-policy.ts).
  password: z.string().max(1000, 'password.weak.too-long'),
  setupCode: z.string().trim().min(1, 'setup.error.code').max(100, 'setup.error.code'),
});

export interface FirstAdminState {
  error: string | null;
}

/**
 * The first-run screen's action, open to anyone while no account exists (so not made with
 * defineAction, which needs a session) but useful only with the setup code from the web app's log:
 * creates the first admin and signs them in.
 */
export async function createFirstAdminAction(
  _previous: FirstAdminState,
  form: FormData,
): Promise<FirstAdminState> {
  const t = translator(await currentLocale());
  const input = firstAdminInput.safeParse(Object.fromEntries(form));
  if (!input.success)
    return { error: t((input.error.issues[0]?.message ?? 'login.error.input') as MessageKey) };
  const origin = await requestOrigin();
  const created = await createFirstAdminUser({ ...input.data, clientAddress: origin.clientAddress });
  if (!created.ok) {
    if (created.code === 'weak-password') return { error: describePasswordWeakness(created.reason, t) };
    if (created.code === 'bad-code') return { error: t('setup.error.code') };
    redirect('/login');
  }
  await signInAs(created.id, origin);
  const actor = { userId: created.id, label: input.data.email, clientAddress: origin.clientAddress };
  await recordAuditEvent(actor, { action: 'auth.sign-in', after: { via: 'setup' } });
  redirect('/');
}
