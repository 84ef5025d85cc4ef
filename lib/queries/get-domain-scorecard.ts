import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import { ADOPTION_METRICS, type AdoptionFlags } from '@/lib/history/adoption-flags';
import { CURRENT_GROUPS_SELECT, currentGroups } from '@/lib/queries/current-groups';
import { readScorecardReport, type ScorecardReport } from './scorecard-report';
import { STORED_REPORT_SELECT, storedReport } from './stored-report';
import { visibleDomains } from './visible';

export interface DomainScorecard {
  id: string;
  ascii: string;
  unicode: string;
  parked: boolean;
  tags: string[];
  selectors: string[];
  notes: string;
  groups: Array<{ id: string; name: string }>;
  state: {
    lastScanAt: Date | null;
    lastScanStatus: string | null;
    completeAt: Date | null;
    stale: boolean;
    staleReason: string | null;
    /** The adoption flags of the last complete result. */
    adoption: AdoptionFlags;
  } | null;
  report: ScorecardReport | null;
  dkimKeys: Array<{
    selector: string;
    fingerprint: string;
    type: string | null;
    bits: number | null;
    firstSeenAt: Date;
    lastSeenAt: Date;
  }>;
  events: Array<{ id: string; kind: string; subject: string; detail: unknown; createdAt: Date }>;
}

const EVENTS_SHOWN = 100;

/**
 * Everything the scorecard shows: the current state (domain_current_state), the report of the last
 * complete scan it points at (falling back to the latest finished scan while the current-state
 * table is not filled yet), the DKIM keys seen over time and the latest change events.
 */
export async function getDomainScorecard(viewer: Viewer, id: string): Promise<DomainScorecard | null> {
  readAs(viewer);
  if (!isUuid(id)) return null;
  const domain = await prisma.domain.findFirst({
    where: { id, archivedAt: null, ...visibleDomains(viewer) },
    select: {
      id: true,
      ascii: true,
      unicode: true,
      parked: true,
      tags: true,
      selectors: true,
      notes: true,
      currentState: true,
      memberships: CURRENT_GROUPS_SELECT,
      dkimKeys: { orderBy: [{ selector: 'asc' }, { lastSeenAt: 'desc' }] },
      events: { orderBy: { createdAt: 'desc' }, take: EVENTS_SHOWN },
    },
  });
  if (!domain) return null;
  const state = domain.currentState;
  const runNumber = state?.completeRunNumber ?? state?.lastRunNumber ?? null;
  const scan = await prisma.domainScan.findFirst({
    where:
      runNumber !== null
        ? { runNumber, domainId: id }
        : { domainId: id, status: { in: ['complete', 'partial'] } },
    orderBy: { finishedAt: 'desc' },
    select: STORED_REPORT_SELECT,
  });
  return {
    id: domain.id,
    ascii: domain.ascii,
    unicode: domain.unicode,
    parked: domain.parked,
    tags: domain.tags,
    selectors: domain.selectors,
    notes: domain.notes,
    groups: currentGroups(domain.memberships),
    state: state
      ? {
          lastScanAt: state.lastScanAt,
          lastScanStatus: state.lastScanStatus,
          completeAt: state.completeAt,
          stale: state.stale,
          staleReason: state.staleReason,
          adoption: Object.fromEntries(ADOPTION_METRICS.map((m) => [m, state[m]])) as AdoptionFlags,
        }
      : null,
    report: scan ? readScorecardReport(storedReport(scan)) : null,
    dkimKeys: domain.dkimKeys,
    events: domain.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      subject: e.subject,
      detail: e.detail,
      createdAt: e.createdAt,
    })),
  };
}
