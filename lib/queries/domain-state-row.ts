import type { Prisma } from '@/generated/prisma/client';
import { ADOPTION_METRICS, type AdoptionFlags } from '@/lib/history/adoption-flags';

/** One domain as the domains table and the domain exports show it (from domain_current_state). */
export interface DomainStateRow {
  id: string;
  ascii: string;
  unicode: string;
  parked: boolean;
  tags: string[];
  lastScanAt: Date | null;
  stale: boolean;
  scanned: boolean;
  flags: AdoptionFlags;
  findingIds: string[];
  errors: number;
  warnings: number;
}

/** The columns a DomainStateRow is made of. */
export const DOMAIN_STATE_SELECT = {
  id: true,
  ascii: true,
  unicode: true,
  parked: true,
  tags: true,
  currentState: true,
} satisfies Prisma.DomainSelect;

type Selected = Prisma.DomainGetPayload<{ select: typeof DOMAIN_STATE_SELECT }>;

/** A domain with its current state as a row; a domain never scanned has unknown (null) flags. */
export function toDomainStateRow({ currentState: s, ...domain }: Selected): DomainStateRow {
  return {
    ...domain,
    lastScanAt: s?.lastScanAt ?? null,
    stale: s?.stale ?? false,
    scanned: s?.completeRunNumber != null,
    flags: Object.fromEntries(ADOPTION_METRICS.map((m) => [m, s?.[m] ?? null])) as AdoptionFlags,
    findingIds: s?.findingIds ?? [],
    errors: s?.errors ?? 0,
    warnings: s?.warnings ?? 0,
  };
}
