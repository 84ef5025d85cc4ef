import { notFound } from '@/lib/api/v1/api-problem';
import { listMailIngestsOperation } from '@/lib/api/v1/mail-source-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { getMailSource } from '@/lib/queries/get-mail-source';
import { listMailIngests } from '@/lib/queries/list-mail-ingests';

export const GET = v1Route(listMailIngestsOperation, async ({ principal, params }) => {
  if (!(await getMailSource(principal.viewer, params.id))) throw notFound('Data source');
  return { items: await listMailIngests(principal.viewer, params.id) };
});
