import { z } from 'zod';
import { ApiProblem, outOfScope } from '@/lib/api/v1/api-problem';
import { decodeCursor, encodeCursor } from '@/lib/api/v1/page-cursor';
import { listScanRunsOperation, startScanRunOperation } from '@/lib/api/v1/scan-run-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { isInScope } from '@/lib/queries/is-in-scope';
import { listScanRuns } from '@/lib/queries/list-scan-runs';
import { startScanRun } from '@/lib/scans/start-scan-run';

const runCursor = z.object({ createdAt: z.iso.datetime().pipe(z.coerce.date()), id: z.uuid() });

export const GET = v1Route(listScanRunsOperation, async ({ principal, query }) => {
  const before = decodeCursor(runCursor, query.cursor) ?? undefined;
  const runs = await listScanRuns(principal.viewer, query.limit + 1, before);
  const items = runs.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      runs.length > query.limit && last
        ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id })
        : null,
  };
});

export const POST = v1Route(startScanRunOperation, async ({ principal, actor, body: { scope } }) => {
  if (scope.kind === 'all' && principal.viewer.groupIds !== null) throw outOfScope('scan every domain');
  if (scope.kind === 'group' && !(await isInScope(principal.viewer, { groups: [scope.groupId] })))
    throw new ApiProblem(400, 'unknown_group', 'No such group.');
  if (scope.kind === 'domains' && !(await isInScope(principal.viewer, { domains: scope.domainIds })))
    throw new ApiProblem(400, 'unknown_domain', 'Some domains are not registered (or archived).');
  const target =
    scope.kind === 'domains'
      ? { kind: 'domain' as const, ids: scope.domainIds }
      : scope.kind === 'group'
        ? { kind: 'group' as const, groupId: scope.groupId }
        : { kind: 'all' as const };
  const started = await startScanRun(target, 'api', actor);
  if (!started.ok && scope.kind === 'group') throw new ApiProblem(400, 'unknown_group', 'No such group.');
  if (!started.ok)
    throw new ApiProblem(400, 'unknown_domain', 'Some domains are not registered (or archived).', {
      ids: started.missing,
    });
  return { id: started.runId, total: started.total };
});
