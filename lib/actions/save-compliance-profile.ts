'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { canEditProfiles } from '@/lib/compliance/can-edit-profiles';
import { profileDefinitionSchema } from '@/lib/compliance/profile-schema';
import { saveCustomProfile } from '@/lib/compliance/save-custom-profile';
import { defineAction } from './define-action';

export interface SaveComplianceProfileState {
  error: 'invalid' | 'not-found' | 'builtin' | 'forbidden' | null;
  /** What was wrong with the definition, for the editor to show next to it. */
  issues: string[];
  savedId: string | null;
  /** The version the save created (1 for a new profile). */
  savedVersion?: number;
}

const definitionJson = z
  .string()
  .max(200_000)
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not valid JSON' });
      return z.NEVER;
    }
  });

/**
 * Creates an administrator's own compliance profile, or edits one (a new version), from its JSON
 * definition. Admins of all groups only: a profile is shared, and an edit changes the compliance of
 * every group that follows it.
 */
export const saveComplianceProfileAction = defineAction(
  {
    role: 'admin',
    input: z.object({ id: z.uuid().optional(), definition: definitionJson }),
    read: (_previous: SaveComplianceProfileState, form: FormData) => ({
      id: form.get('id') || undefined,
      definition: form.get('definition') ?? '',
    }),
    invalid: { error: 'invalid', issues: ['not valid JSON'], savedId: null } as SaveComplianceProfileState,
  },
  async ({ id, definition }, user, actor): Promise<SaveComplianceProfileState> => {
    if (!canEditProfiles(user)) return { error: 'forbidden', issues: [], savedId: null };
    const parsed = profileDefinitionSchema.safeParse(definition);
    if (!parsed.success) {
      const issues = parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || '(profile)'}: ${issue.message}`,
      );
      return { error: 'invalid', issues: issues.slice(0, 20), savedId: null };
    }
    const saved = await saveCustomProfile({ id, definition: parsed.data }, actor);
    if (!saved.ok)
      return { error: saved.code === 'builtin' ? 'builtin' : 'not-found', issues: [], savedId: null };
    revalidatePath('/compliance', 'layout');
    return { error: null, issues: [], savedId: saved.id, savedVersion: saved.version };
  },
);
