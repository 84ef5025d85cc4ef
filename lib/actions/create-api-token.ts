'use server';

import { revalidatePath } from 'next/cache';
import { createApiToken, createApiTokenInput } from '@/lib/api-tokens/create-api-token';
import { defineAction } from './define-action';

export type CreateApiTokenState =
  | { status: 'idle' }
  | { status: 'invalid' }
  | { status: 'created'; name: string; token: string };

/** Creates an API token and returns it once, for the page to show; only its hash is kept. Admins only. */
export const createApiTokenAction = defineAction(
  {
    role: 'admin',
    input: createApiTokenInput,
    read: (_previous: CreateApiTokenState, form: FormData) => {
      return {
        name: form.get('name') ?? '',
        scope: form.get('scope'),
        expiresInDays: Number(form.get('expiresInDays')),
      };
    },
    invalid: { status: 'invalid' } as CreateApiTokenState,
  },
  async (input, _user, actor): Promise<CreateApiTokenState> => {
    const created = await createApiToken(input, actor);
    revalidatePath('/settings/api-tokens');
    return { status: 'created', name: input.name, token: created.token };
  },
);
