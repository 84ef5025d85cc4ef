import type { PrismaClient } from '@/generated/prisma/client';
import { boundedList } from '@/lib/audit-log/changed-fields';
import { type AuditActor, recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import type { RawRow } from './parse-delimited';
import { type ImportPlan, planImport } from './plan-import';
import { type BadRow, validateImportRows } from './validate-import-rows';
import { writeImport } from './write-import';

const BAD_ROWS_RETURNED = 500;
const SAMPLE_ROWS = 10;
const TRANSACTION_TIMEOUT_MS = 120_000;

export interface ImportSummary {
  status: 'preview' | 'done';
  total: number;
  good: number;
  /** The first bad rows, with their line numbers in the file; badCount says how many in all. */
  bad: BadRow[];
  badCount: number;
  sample: Array<{ line: number; ascii: string; unicode: string; groups: string[]; tags: string[] }>;
  counts: { create: number; update: number; unchanged: number; groups: number };
}

/**
 * Validates every row, then either reports what an import would do (commit false, nothing written)
 * or does it in one transaction. Both plan against the database the same way, so importing the same
 * rows again changes nothing. `group` adds every row to that group. The one path for the import
 * page and the API; callers check the role. An import that changed something is recorded as one
 * `domain.import` entry in its transaction (counts, and the first new domains and groups by name).
 */
export async function importRows(
  rows: RawRow[],
  options: { commit: boolean; group?: string },
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<ImportSummary> {
  const validated = validateImportRows(rows, options.group);
  const commit = options.commit && validated.good.length > 0;
  const plan = commit
    ? await db.$transaction(
        async (tx) => {
          const planned = await planImport(tx, validated.good, validated.columns);
          await writeImport(tx, planned);
          if (planned.create.length + planned.update.length + planned.newGroups.length > 0)
            await recordAuditEvent(actor, importEntry(planned, validated.good.length, options.group), tx);
          return planned;
        },
        { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
      )
    : await planImport(db, validated.good, validated.columns);
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

function importEntry(plan: ImportPlan, rows: number, group: string | undefined) {
  const after = {
    rows,
    group: group ?? null,
    created: boundedList(plan.create.map((d) => d.unicode)),
    updated: plan.update.length,
    unchanged: plan.unchanged,
    newGroups: boundedList(plan.newGroups),
  };
  return { action: 'domain.import', target: { type: 'import' }, after };
}
