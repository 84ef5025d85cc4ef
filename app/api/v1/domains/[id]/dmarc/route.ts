import { notFound } from '@/lib/api/v1/api-problem';
import { getDomainDmarcOperation } from '@/lib/api/v1/dmarc-report-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { lastDays } from '@/lib/queries/dmarc-report-target';
import { getDmarcView } from '@/lib/queries/get-dmarc-view';
import { listLearnedSelectors } from '@/lib/queries/list-learned-selectors';

export const GET = v1Route(getDomainDmarcOperation, async ({ principal, params, query }) => {
  const period = { ...lastDays(30), ...query };
  const view = await getDmarcView(principal.viewer, { kind: 'domain', id: params.id }, period);
  if (!view) throw notFound('Domain');
  return { ...view, learnedSelectors: await listLearnedSelectors(principal.viewer, params.id) };
});
