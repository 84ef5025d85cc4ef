'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { mailSourceInput, splitAuthservIds } from '@/lib/received-mail/mail-source-input';
import { writeMailSource } from '@/lib/received-mail/write-mail-source';
import { defineAction } from './define-action';

export interface SaveMailSourceState {
  error: 'invalid' | 'name-taken' | 'not-found' | 'out-of-scope' | null;
  savedId: string | null;
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

const sourceForm = z.object({ id: z.uuid().optional(), source: mailSourceInput });

/**
 * Creates a data source, or saves one's settings (`id` given), from the mail sources page. Admins
 * not limited to groups only: a source's statistics are instance-wide, no group's.
 */
export const saveMailSourceAction = defineAction(
  {
    role: 'admin',
    input: sourceForm,
    read: (_previous: SaveMailSourceState, form: FormData) => ({
      id: text(form, 'id') || undefined,
      source: {
        name: text(form, 'name'),
        description: text(form, 'description'),
        trustedAuthservIds: splitAuthservIds(text(form, 'trustedAuthservIds')),
        useReceivedSpf: form.get('useReceivedSpf') === 'on',
      },
    }),
    invalid: { error: 'invalid', savedId: null } as SaveMailSourceState,
  },
  async ({ id, source }, user, actor): Promise<SaveMailSourceState> => {
    if (user.groupIds !== null) return { error: 'out-of-scope', savedId: null };
    const saved = await writeMailSource({ id, source }, actor);
    if (!saved.ok) return { error: saved.code === 'name_taken' ? 'name-taken' : 'not-found', savedId: null };
    revalidatePath('/settings/mail-sources');
    return { error: null, savedId: saved.id };
  },
);
