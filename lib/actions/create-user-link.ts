'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createUserLink } from '@/lib/users/create-user-link';
import type { LinkMailResult } from '@/lib/users/send-user-link-mail';
import { defineAction } from './define-action';

export type CreateUserLinkState =
  | { ok: true; kind: 'invite' | 'reset'; url: string; mail: LinkMailResult }
  | { ok: false; code: 'not_found' | 'disabled' | 'sso_only' | 'out_of_scope' };

/**
 * Issues a new one-time link for a user (reset, or a fresh invitation) and returns it once. Admins
 * only. `allowPassword`: also for an account that signs in only through SSO (createUserLink).
 */
export const createUserLinkAction = defineAction(
  {
    role: 'admin',
    input: z.object({ id: z.uuid(), allowPassword: z.boolean() }),
    read: (id: string, allowPassword = false) => ({ id, allowPassword }),
    invalid: { ok: false, code: 'not_found' } as CreateUserLinkState,
  },
  async ({ id, allowPassword }, user, actor): Promise<CreateUserLinkState> => {
    if (user.groupIds !== null) return { ok: false, code: 'out_of_scope' };
    const issued = await createUserLink(id, actor, { allowPassword });
    if (!issued.ok) return issued;
    revalidatePath(`/settings/users/${id}`);
    return { ok: true, kind: issued.link.kind, url: issued.link.url, mail: issued.mail };
  },
);
