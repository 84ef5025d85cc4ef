import { notFound } from '@/lib/api/v1/api-problem';
import { getGroupDmarcOperation } from '@/lib/api/v1/dmarc-report-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { lastDays } from '@/lib/queries/dmarc-report-target';
import { getDmarcView } from '@/lib/queries/get-dmarc-view';

export const GET = v1Route(getGroupDmarcOperation, async ({ principal, params, query }) => {
  const period = { ...lastDays(30), ...query };
  const view = await getDmarcView(principal.viewer, { kind: 'group', id: params.id }, period);
  if (!view) throw notFound('Group');
  return view;
});
