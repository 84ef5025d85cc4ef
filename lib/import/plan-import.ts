import type { Db } from '@/lib/history/refresh-adoption-rollups';
import { CURRENT_GROUPS_SELECT, currentGroups } from '@/lib/queries/current-groups';
import type { ImportColumn } from './import-row';
import type { GoodRow } from './validate-import-rows';

const CHUNK = 1000;

export interface DomainFields {
  ascii: string;
  unicode: string;
  parked: boolean;
  tags: string[];
  selectors: string[];
  notes: string;
}

export interface ImportPlan {
  create: DomainFields[];
  /** Existing domains whose fields change, or that were archived and come back. */
  update: Array<{ id: string; data: Partial<DomainFields> & { archivedAt?: null } }>;
  unchanged: number;
  /** Group names to create. */
  newGroups: string[];
  /** Per domain (by ascii), the group names it must be a current member of. */
  groupsByDomain: Map<string, string[]>;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Compares the validated rows with the database and decides what an import would write, so the
 * preview and the import itself agree, and a re-import of the same file finds nothing to change.
 * Only columns present in the file are compared; groups are joined, never left.
 */
export async function planImport(db: Db, rows: GoodRow[], columns: ImportColumn[]): Promise<ImportPlan> {
  const has = new Set(columns);
  const ascii = rows.map((r) => r.row.domain.ascii);
  const existing = new Map<string, { id: string; archivedAt: Date | null } & DomainFields>();
  const openGroups = new Map<string, Set<string>>();
  for (let i = 0; i < ascii.length; i += CHUNK) {
    const found = await db.domain.findMany({
      where: { ascii: { in: ascii.slice(i, i + CHUNK) } },
      select: {
        id: true,
        ascii: true,
        unicode: true,
        parked: true,
        tags: true,
        selectors: true,
        notes: true,
        archivedAt: true,
        memberships: CURRENT_GROUPS_SELECT,
      },
    });
    for (const { memberships, ...domain } of found) {
      existing.set(domain.ascii, domain);
      openGroups.set(domain.ascii, new Set(currentGroups(memberships).map((g) => g.name)));
    }
  }
  const plan: ImportPlan = { create: [], update: [], unchanged: 0, newGroups: [], groupsByDomain: new Map() };
  for (const { row } of rows) {
    const key = row.domain.ascii;
    if (row.groups?.length) plan.groupsByDomain.set(key, row.groups);
    const current = existing.get(key);
    if (!current) {
      plan.create.push({
        ascii: key,
        unicode: row.domain.unicode,
        parked: row.parked ?? false,
        tags: row.tags ?? [],
        selectors: row.selectors ?? [],
        notes: row.notes ?? '',
      });
      continue;
    }
    const data: ImportPlan['update'][number]['data'] = {};
    if (has.has('parked') && (row.parked ?? false) !== current.parked) data.parked = row.parked ?? false;
    if (has.has('tags') && !same(row.tags ?? [], current.tags)) data.tags = row.tags ?? [];
    if (has.has('selectors') && !same(row.selectors ?? [], current.selectors))
      data.selectors = row.selectors ?? [];
    if (has.has('notes') && (row.notes ?? '') !== current.notes) data.notes = row.notes ?? '';
    if (current.archivedAt) data.archivedAt = null;
    const joins = (row.groups ?? []).some((g) => !openGroups.get(key)?.has(g));
    if (Object.keys(data).length > 0 || joins) plan.update.push({ id: current.id, data });
    else plan.unchanged++;
  }
  const names = [...new Set([...plan.groupsByDomain.values()].flat())];
  const known = await db.group.findMany({ where: { name: { in: names } }, select: { name: true } });
  const knownNames = new Set(known.map((g) => g.name));
  plan.newGroups = names.filter((n) => !knownNames.has(n));
  return plan;
}
