import { FINDINGS } from '@/audit/findings/catalog';
import type { FindingDefinition } from '@/audit/findings/types';
import type { AdoptionReport } from './adoption-report-schema';
import type { FindingsAt } from './count-findings-at';

type FindingRow = AdoptionReport['findings']['rows'][number];

const CATALOG: Record<string, FindingDefinition> = FINDINGS;
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * The `top` most common findings over the scopes (ranked by the largest count in any scope, errors
 * before warnings on ties), with the catalog's severity and title. An id the catalog no longer has
 * keeps its id as title, so the figure is not lost.
 */
export function rankFindings(findings: FindingsAt, top: number): FindingRow[] {
  const rows = [...findings.counts].map(([findingId, perScope]): FindingRow & { max: number } => {
    const definition = CATALOG[findingId];
    return {
      findingId,
      severity: definition?.severity ?? 'info',
      title: definition ? { ...definition.title } : { en: findingId, ja: findingId },
      domains: Object.fromEntries(perScope),
      max: Math.max(...perScope.values()),
    };
  });
  rows.sort(
    (a, b) =>
      b.max - a.max ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.findingId.localeCompare(b.findingId),
  );
  return rows.slice(0, top).map(({ max: _, ...row }) => row);
}
