'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { viewerOfUser } from '@/lib/auth/viewer';
import { approveComplianceException } from '@/lib/compliance/approve-compliance-exception';
import { revokeComplianceException } from '@/lib/compliance/revoke-compliance-exception';
import { getComplianceException } from '@/lib/queries/get-compliance-exception';
import { defineAction } from './define-action';

export interface DecideExceptionState {
  error:
    | 'invalid'
    | 'not-found'
    | 'not-pending'
    | 'same-person'
    | 'forbidden'
    | 'already-expired'
    | 'not-revocable'
    | null;
}

/**
 * Approves or revokes an exception (the button pressed says which). Four eyes is the core's: the
 * requester's approval comes back as same-person. Editors and admins, within their group scope.
 */
export const decideComplianceExceptionAction = defineAction(
  {
    role: 'editor',
    input: z.object({ exceptionId: z.uuid(), decision: z.enum(['approve', 'revoke']) }),
    read: (_previous: DecideExceptionState, form: FormData) => ({
      exceptionId: form.get('exceptionId'),
      decision: form.get('decision'),
    }),
    invalid: { error: 'invalid' } as DecideExceptionState,
  },
  async ({ exceptionId, decision }, user, actor): Promise<DecideExceptionState> => {
    const viewer = viewerOfUser(user);
    if (!(await getComplianceException(viewer, exceptionId))) return { error: 'not-found' };
    const decide = decision === 'approve' ? approveComplianceException : revokeComplianceException;
    const result = await decide(exceptionId, viewer, actor);
    if (!result.ok) return { error: result.code.replaceAll('_', '-') as DecideExceptionState['error'] };
    revalidatePath('/', 'layout');
    return { error: null };
  },
);
