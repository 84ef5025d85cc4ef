import { listFindingsOperation } from '@/lib/api/v1/finding-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { allFindingIds, findingDefinition } from '@/lib/findings/finding-definition';
import { countCurrentFindings } from '@/lib/queries/count-current-findings';

export const GET = v1Route(listFindingsOperation, async ({ principal, query }) => {
  const counts = new Map(
    (await countCurrentFindings(principal.viewer, query.group)).map((c) => [c.findingId, c.domains]),
  );
  return {
    items: allFindingIds().flatMap((id) => {
      const definition = findingDefinition(id);
      return definition ? [{ id, ...definition, domains: counts.get(id) ?? 0 }] : [];
    }),
  };
});
