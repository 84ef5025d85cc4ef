'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { type ImportSummary, importRows } from '@/lib/import/import-rows';
import { readImportInput } from '@/lib/import/read-import-input';

export type ImportResult =
  | { status: 'error'; error: 'empty' | 'too-large' | 'too-many-rows' | 'unreadable' | 'invalid' }
  | ImportSummary;

const form = z.object({
  text: z.string().default(''),
  file: z.instanceof(File).nullable().default(null),
  commit: z.enum(['0', '1']).default('0'),
  group: z.string().trim().max(100).optional(),
});

/**
 * Reads a pasted list or an uploaded CSV/XLSX, validates every row, and either reports what an
 * import would do (commit=0, nothing written) or does it (commit=1) in one transaction. Both plan
 * against the database the same way, so importing the same file again changes nothing. `group`
 * adds every row to that group (the group page's "assign domains"). Admins only.
 */
export async function importDomains(data: FormData): Promise<ImportResult> {
  await requireUser('admin');
  const file = data.get('file');
  const parsed = form.safeParse({
    text: data.get('text') ?? '',
    file: file instanceof File && file.size > 0 ? file : null,
    commit: data.get('commit') ?? '0',
    group: data.get('group') || undefined,
  });
  if (!parsed.success) return { status: 'error', error: 'invalid' };
  const input = await readImportInput(parsed.data.text, parsed.data.file);
  if (!input.ok) return { status: 'error', error: input.error };
  const result = await importRows(input.rows, {
    commit: parsed.data.commit === '1',
    group: parsed.data.group,
  });
  if (result.status === 'done') revalidatePath('/', 'layout');
  return result;
}
