'use server';

import { revalidatePath } from 'next/cache';
import { createApiTokenInput, createApiToken as createToken } from '@/lib/api-tokens/create-api-token';
import { requireUser } from '@/lib/auth/require-user';

export type CreateApiTokenState =
  | { status: 'idle' }
  | { status: 'invalid' }
  | { status: 'created'; name: string; token: string };

/** Creates an API token and returns it once, for the page to show; only its hash is kept. Admins only. */
export async function createApiToken(
  _previous: CreateApiTokenState,
  form: FormData,
): Promise<CreateApiTokenState> {
  const user = await requireUser('admin');
  const expiry = form.get('expiresInDays');
  const parsed = createApiTokenInput.safeParse({
    name: form.get('name') ?? '',
    scope: form.get('scope'),
    expiresInDays: expiry && expiry !== 'none' ? Number(expiry) : null,
  });
  if (!parsed.success) return { status: 'invalid' };
  const created = await createToken(parsed.data, user.id);
  revalidatePath('/settings/api-tokens');
  return { status: 'created', name: parsed.data.name, token: created.token };
}
