'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { revokeApiToken as revokeToken } from '@/lib/api-tokens/revoke-api-token';
import { requireUser } from '@/lib/auth/require-user';

/** Revokes an API token at once (its next request gets 401). Admins only. */
export async function revokeApiToken(tokenId: string): Promise<{ revoked: boolean } | { error: string }> {
  await requireUser('admin');
  const id = z.uuid().safeParse(tokenId);
  if (!id.success) return { error: 'invalid token id' };
  const revoked = await revokeToken(id.data);
  revalidatePath('/settings/api-tokens');
  return { revoked };
}
