'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { type ImportSummary, importRows } from '@/lib/import/import-rows';
import { type ImportInputError, readImportInput } from '@/lib/import/read-import-input';
import { defineAction } from './define-action';

export type ImportResult =
  | { status: 'error'; error: ImportInputError | 'invalid' | 'out-of-scope' }
  | ImportSummary;

const importForm = z.object({
  text: z.string().default(''),
  file: z.instanceof(File).nullable().default(null),
  commit: z.enum(['0', '1']).default('0'),
  group: z.string().trim().max(100).optional(),
});

/**
 * Reads a pasted list or an uploaded CSV/XLSX, validates every row, and either reports what an
 * import would do (commit=0, nothing written) or does it (commit=1) in one transaction. Both plan
 * against the database the same way, so importing the same file again changes nothing. `group`
 * adds every row to that group (the group page's "assign domains"). Editors and admins not limited
 * to groups: an import registers domains, creates groups and changes domains of any group.
 */
export const importDomainsAction = defineAction(
  {
    role: 'editor',
    input: importForm,
    read: (data: FormData) => {
      const file = data.get('file');
      return {
        text: data.get('text') ?? '',
        file: file instanceof File && file.size > 0 ? file : null,
        commit: data.get('commit') ?? '0',
        group: data.get('group') || undefined,
      };
    },
    invalid: { status: 'error', error: 'invalid' } as ImportResult,
  },
  async ({ text, file, commit, group }, user, actor): Promise<ImportResult> => {
    if (user.groupIds !== null) return { status: 'error', error: 'out-of-scope' };
    const input = await readImportInput(text, file);
    if (!input.ok) return { status: 'error', error: input.error };
    const result = await importRows(input.rows, { commit: commit === '1', group }, actor);
    if (result.status === 'done') revalidatePath('/', 'layout');
    return result;
  },
);
