'use server';

import { revalidatePath } from 'next/cache';
import { viewerOfUser } from '@/lib/auth/viewer';
import { exceptionRequestInput } from '@/lib/compliance/exception-input';
import { requestComplianceException } from '@/lib/compliance/request-compliance-exception';
import { isInScope } from '@/lib/queries/is-in-scope';
import { defineAction } from './define-action';

export interface ExceptionFormState {
  error: 'invalid' | 'not-found' | 'unknown-requirement' | 'already-expired' | null;
  requested: boolean;
}

/**
 * Asks for an exception from the group compliance page: for one member domain, or the whole group
 * when no domain is chosen. Pending until another admin or editor approves it. Editors and admins,
 * within their group scope.
 */
export const requestComplianceExceptionAction = defineAction(
  {
    role: 'editor',
    input: exceptionRequestInput,
    // `target` is "<profile id>:<requirement id>", one choice of the form's list.
    read: (_previous: ExceptionFormState, form: FormData) => ({
      profileId: String(form.get('target') ?? '').split(':')[0],
      requirement: String(form.get('target') ?? '').split(':')[1],
      domainId: form.get('domainId') || null,
      groupId: form.get('domainId') ? null : form.get('groupId'),
      justification: form.get('justification'),
      startsOn: form.get('startsOn'),
      expiresOn: form.get('expiresOn'),
    }),
    invalid: { error: 'invalid', requested: false } as ExceptionFormState,
  },
  async (input, user, actor): Promise<ExceptionFormState> => {
    const subject = input.domainId ? { domains: [input.domainId] } : { groups: [input.groupId] };
    if (!(await isInScope(viewerOfUser(user), subject))) return { error: 'not-found', requested: false };
    const result = await requestComplianceException(input, actor);
    if (!result.ok)
      return { error: result.code.replaceAll('_', '-') as ExceptionFormState['error'], requested: false };
    revalidatePath('/', 'layout');
    return { error: null, requested: true };
  },
);
