import { notFound } from '@/lib/api/v1/api-problem';
import { getReportOperation } from '@/lib/api/v1/report-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { getReport } from '@/lib/reports/get-report';

export const GET = v1Route(getReportOperation, async ({ principal, params }) => {
  const stored = await getReport(principal.viewer, params.id);
  if (!stored) throw notFound('Report');
  return { id: stored.id, createdAt: stored.createdAt, report: stored.content };
});
