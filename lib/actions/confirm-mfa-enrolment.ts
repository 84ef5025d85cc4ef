'use server';

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
  // No revalidatePath: it would re-render this page at once (now "MFA on") and take the recovery
  // codes off the screen before they are read. The page's "I have saved them" link loads it anew.
  ({ code }, _user, actor) => confirmMfaEnrolment(actor, code),
);
