'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { groupFields, saveGroupRecord } from './save-group-record';

export interface SaveGroupState {
  error: 'invalid' | 'name-taken' | 'not-found' | null;
  savedId: string | null;
}

const groupInput = groupFields.extend({
  id: z.uuid().optional(),
  description: groupFields.shape.description.default(''),
});

/** Creates a group, or renames / re-describes one (`id` given). Names are unique. Admins only. */
export async function saveGroup(_previous: SaveGroupState, form: FormData): Promise<SaveGroupState> {
  await requireUser('admin');
  const parsed = groupInput.safeParse({
    id: form.get('id') || undefined,
    name: form.get('name') ?? '',
    description: form.get('description') ?? '',
  });
  if (!parsed.success) return { error: 'invalid', savedId: null };
  const saved = await saveGroupRecord(parsed.data);
  if (!saved.ok) return { error: saved.code === 'name_taken' ? 'name-taken' : 'not-found', savedId: null };
  revalidatePath('/groups');
  return { error: null, savedId: saved.id };
}
