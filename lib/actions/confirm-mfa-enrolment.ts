'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { type ConfirmMfaEnrolmentResult, confirmMfaEnrolment } from '@/lib/auth/mfa/confirm-mfa-enrolment';
import { defineAction } from './define-action';

/** Turns MFA on once a code from the app matches; answers the recovery codes, shown this once. */
export const confirmMfaEnrolmentAction = defineAction(
  {
    role: 'viewer',
    duringMfaEnrolment: true,
    input: z.object({ code: z.string().trim().min(1).max(20) }),
    read: (code: string) => ({ code }),
    invalid: { ok: false, code: 'wrong_code' } as ConfirmMfaEnrolmentResult,
  },
  async ({ code }, _user, actor) => {
    const result = await confirmMfaEnrolment(actor, code);
    revalidatePath('/settings/account');
    return result;
  },
);
