'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { registerDomainByName } from '@/lib/domains/register-domain-by-name';
import { defineAction } from './define-action';

export interface AddDomainState {
  error: string | null;
  added: { ascii: string; unicode: string } | null;
}

/**
 * Registers one domain by its ASCII form (re-activating it if it was archived). Editors and admins
 * not limited to groups: a new domain is in no group.
 */
export const addDomainAction = defineAction(
  {
    role: 'editor',
    input: z.string().max(1000),
    read: (_previous: AddDomainState, form: FormData) => form.get('domain') ?? '',
    invalid: { error: 'not a domain name', added: null } as AddDomainState,
  },
  async (name, user, actor): Promise<AddDomainState> => {
    if (user.groupIds !== null) return { error: 'limited to groups: ask an administrator', added: null };
    const result = await registerDomainByName(name, actor);
    if (!result.ok) return { error: result.error, added: null };
    revalidatePath('/');
    return { error: null, added: { ascii: result.domain.ascii, unicode: result.domain.unicode } };
  },
);
