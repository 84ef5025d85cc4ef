import { FINDINGS } from '@/audit/findings/catalog';
import type { FindingDefinition } from '@/audit/findings/types';

/** The catalog entry of a finding id, or null for an id this build does not know (a newer worker). */
export function findingDefinition(id: string): FindingDefinition | null {
  return Object.hasOwn(FINDINGS, id) ? ((FINDINGS as Record<string, FindingDefinition>)[id] ?? null) : null;
}

/** Every finding id of the catalog, sorted. */
export function allFindingIds(): string[] {
  return Object.keys(FINDINGS).sort();
}
