import { z } from 'zod';
import { viewerOfUser } from '@/lib/auth/viewer';
import { registerDomainByName } from '@/lib/history/register-domain-by-name';
import { apiError, apiRoute, parseJsonBody } from '@/lib/http/api-route';
import { parseDomainListFilter } from '@/lib/queries/domain-list-filter';
import { listDomainStates } from '@/lib/queries/list-domain-states';

/** A page of registered domains with their current state; the same filters as the domains table. */
export const GET = apiRoute('viewer', async ({ request, user }) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  return Response.json(await listDomainStates(viewerOfUser(user), parseDomainListFilter(params)));
});

const addDomainBody = z.object({ domain: z.string().max(1000) });

/** Registers a domain (Unicode or ASCII input; stored as ASCII). */
export const POST = apiRoute('admin', async ({ request }) => {
  const body = await parseJsonBody(request, addDomainBody);
  if (body instanceof Response) return body;
  const result = await registerDomainByName(body.domain);
  if (!result.ok) return apiError(400, 'invalid_domain', result.error);
  return Response.json(result.domain, { status: 201 });
});
