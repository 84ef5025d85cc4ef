import { z } from 'zod';
import { normalizeDomain } from '@/audit/domain-name';
import { prisma } from '@/lib/db';
import { registerDomain } from '@/lib/history/register-domain';
import { apiError, apiRoute, parseJsonBody } from '@/lib/http/api-route';
import { listDomains } from '@/lib/queries/list-domains';

/** The registered domains with their latest SPF record. */
export const GET = apiRoute('viewer', async () => Response.json({ domains: await listDomains() }));

const addDomainBody = z.object({ domain: z.string().max(1000) });

/** Registers a domain (Unicode or ASCII input; stored as ASCII). */
export const POST = apiRoute('admin', async ({ request }) => {
  const body = await parseJsonBody(request, addDomainBody);
  if (body instanceof Response) return body;
  const name = normalizeDomain(body.domain);
  if (!name.ok) return apiError(400, 'invalid_domain', name.error);
  const domain = await prisma.$transaction((tx) =>
    registerDomain(tx, { ascii: name.ascii, unicode: name.unicode }),
  );
  return Response.json(domain, { status: 201 });
});
