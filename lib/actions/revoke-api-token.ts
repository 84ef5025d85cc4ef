'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { revokeApiToken } from '@/lib/api-tokens/revoke-api-token';
import { defineAction } from './define-action';

/** Revokes an API token at once; it stays listed as revoked. Admins only. */
export const revokeApiTokenAction = defineAction(
  {
    role: 'admin',
    input: z.uuid(),
    read: (tokenId: string) => tokenId,
    invalid: { error: 'invalid token id' },
  },
  async (id, _user, actor): Promise<{ revoked: boolean } | { error: string }> => {
    const revoked = await revokeApiToken(id, actor);
    revalidatePath('/settings/api-tokens');
    return { revoked };
  },
);
