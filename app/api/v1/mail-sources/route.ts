import { createMailSourceOperation, listMailSourcesOperation } from '@/lib/api/v1/mail-source-operations';
import { saveMailSourceFromApi } from '@/lib/api/v1/mail-source-responses';
import { v1Route } from '@/lib/api/v1/v1-route';
import { listMailSources } from '@/lib/queries/list-mail-sources';

export const GET = v1Route(listMailSourcesOperation, async ({ principal }) => ({
  items: await listMailSources(principal.viewer),
}));

export const POST = v1Route(createMailSourceOperation, async ({ principal, actor, body }) =>
  saveMailSourceFromApi(principal, { source: body }, actor),
);
