'use server';

import { identityProof } from '@/lib/auth/mfa/confirm-own-identity';
import { disableMfa, type OwnMfaRefusal } from '@/lib/auth/mfa/disable-mfa';
import { defineAction } from './define-action';

/** Turns the signed-in user's MFA off, proven by a current code or the password. */
export const disableMfaAction = defineAction(
  {
    role: 'viewer',
    input: identityProof,
    read: (proof: string) => ({ proof }),
    invalid: { ok: false, code: 'wrong_proof' } as { ok: true } | { ok: false; code: OwnMfaRefusal },
  },
  ({ proof }, _user, actor) => disableMfa(actor, proof),
);
