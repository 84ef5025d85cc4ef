'use server';

import { z } from 'zod';
import { type BeginMfaEnrolmentResult, beginMfaEnrolment } from '@/lib/auth/mfa/begin-mfa-enrolment';
import { defineAction } from './define-action';

/** Draws a TOTP secret for the signed-in user to add to their app (MFA is on only once confirmed). */
export const beginMfaEnrolmentAction = defineAction(
  {
    role: 'viewer',
    duringMfaEnrolment: true,
    input: z.object({}),
    read: () => ({}),
    invalid: { ok: false, code: 'no_password' } as BeginMfaEnrolmentResult,
  },
  (_input, user) => beginMfaEnrolment(user.id),
);
