'use server';

import { identityProof } from '@/lib/auth/mfa/confirm-own-identity';
import type { OwnMfaRefusal } from '@/lib/auth/mfa/disable-mfa';
import { regenerateRecoveryCodes } from '@/lib/auth/mfa/regenerate-recovery-codes';
import { defineAction } from './define-action';

/** A new set of recovery codes for the signed-in user (the old ones die), proven by a code or the password. */
export const regenerateRecoveryCodesAction = defineAction(
  {
    role: 'viewer',
    input: identityProof,
    read: (proof: string) => ({ proof }),
    invalid: { ok: false, code: 'wrong_proof' } as
      | { ok: true; recoveryCodes: string[] }
      | { ok: false; code: Exclude<OwnMfaRefusal, 'required'> },
  },
  ({ proof }, _user, actor) => regenerateRecoveryCodes(actor, proof),
);
