import type { Prisma } from '@/generated/prisma/client';

export type AuditSnapshot = Prisma.InputJsonObject;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The before/after of an update: only the fields of `after` whose value differs from `before`'s
 * (compared as JSON, so list order counts: sort sets first). Null when nothing changed, which is
 * not a change to record.
 */
export function changedFields(
  before: AuditSnapshot,
  after: AuditSnapshot,
): { before: AuditSnapshot; after: AuditSnapshot } | null {
  const keys = Object.keys(after).filter((key) => after[key] !== undefined && !same(before[key], after[key]));
  if (keys.length === 0) return null;
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(keys.map((key) => [key, after[key] ?? null])),
  };
}

/** At most `max` items of a long list (domain names of an import…), with how many there were. */
export function boundedList(items: readonly string[], max = 100): { items: string[]; total: number } {
  return { items: items.slice(0, max), total: items.length };
}
