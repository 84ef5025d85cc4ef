'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/require-user';
import { prisma } from '@/lib/db';
import { planImport } from '@/lib/import/plan-import';
import { readImportInput } from '@/lib/import/read-import-input';
import { type BadRow, validateImportRows } from '@/lib/import/validate-import-rows';
import { writeImport } from '@/lib/import/write-import';

const BAD_ROWS_RETURNED = 500;
const SAMPLE_ROWS = 10;
const TRANSACTION_TIMEOUT_MS = 120_000;

export type ImportResult =
  | { status: 'error'; error: 'empty' | 'too-large' | 'too-many-rows' | 'unreadable' | 'invalid' }
  | {
      status: 'preview' | 'done';
      total: number;
      good: number;
      bad: BadRow[];
      badCount: number;
      sample: Array<{ line: number; ascii: string; unicode: string; groups: string[]; tags: string[] }>;
      counts: { create: number; update: number; unchanged: number; groups: number };
    };

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
  const validated = validateImportRows(input.rows, parsed.data.group);
  const commit = parsed.data.commit === '1' && validated.good.length > 0;
  const plan = commit
    ? await prisma.$transaction(
        async (tx) => {
          const planned = await planImport(tx, validated.good, validated.columns);
          await writeImport(tx, planned);
          return planned;
        },
        { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
      )
    : await planImport(prisma, validated.good, validated.columns);
  if (commit) revalidatePath('/', 'layout');
  return {
    status: commit ? 'done' : 'preview',
    total: validated.good.length + validated.bad.length,
    good: validated.good.length,
    bad: validated.bad.slice(0, BAD_ROWS_RETURNED),
    badCount: validated.bad.length,
    sample: validated.good.slice(0, SAMPLE_ROWS).map(({ line, row }) => ({
      line,
      ascii: row.domain.ascii,
      unicode: row.domain.unicode,
      groups: row.groups ?? [],
      tags: row.tags ?? [],
    })),
    counts: {
      create: plan.create.length,
      update: plan.update.length,
      unchanged: plan.unchanged,
      groups: plan.newGroups.length,
    },
  };
}
