import { notFound } from '@/lib/api/v1/api-problem';
import {
  deleteMailSourceOperation,
  getMailSourceOperation,
  updateMailSourceOperation,
} from '@/lib/api/v1/mail-source-operations';
import { saveMailSourceFromApi } from '@/lib/api/v1/mail-source-responses';
import { v1Route } from '@/lib/api/v1/v1-route';
import { getMailSource } from '@/lib/queries/get-mail-source';
import { deleteMailSourceById } from '@/lib/received-mail/delete-mail-source-by-id';

export const GET = v1Route(getMailSourceOperation, async ({ principal, params }) => {
  const source = await getMailSource(principal.viewer, params.id);
  if (!source) throw notFound('Data source');
  return source;
});

export const PATCH = v1Route(updateMailSourceOperation, async ({ principal, actor, params, body }) => {
  const stored = await getMailSource(principal.viewer, params.id);
  if (!stored) throw notFound('Data source');
  const { name, description, trustedAuthservIds, useReceivedSpf } = stored;
  const source = { name, description, trustedAuthservIds, useReceivedSpf, ...body };
  return saveMailSourceFromApi(principal, { id: params.id, source }, actor);
});

export const DELETE = v1Route(deleteMailSourceOperation, async ({ actor, params }) => {
  if (!(await deleteMailSourceById(params.id, actor))) throw notFound('Data source');
  return new Response(null, { status: 204 });
});
