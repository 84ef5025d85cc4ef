import { z } from 'zod';
import { ApiProblem } from '@/lib/api/v1/api-problem';
import { decodeCursor, encodeCursor } from '@/lib/api/v1/page-cursor';
import { createReportOperation, listReportsOperation } from '@/lib/api/v1/report-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { generateReport } from '@/lib/reports/generate-report';
import { listReports } from '@/lib/reports/list-reports';

export const GET = v1Route(listReportsOperation, async ({ principal, query }) => {
  const after = decodeCursor(z.uuid(), query.cursor);
  const page = await listReports(principal.viewer, { limit: query.limit, after });
  return { items: page.items, nextCursor: page.nextAfter ? encodeCursor(page.nextAfter) : null };
});

export const POST = v1Route(createReportOperation, async ({ principal, actor, body }) => {
  const result = await generateReport(principal.viewer, body, actor);
  if (!result.ok) throw new ApiProblem(400, 'unknown_group', 'A scope names a group that does not exist.');
  return { id: result.id, createdAt: new Date(result.report.generatedAt), report: result.report };
});
