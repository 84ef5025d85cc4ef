import { z } from 'zod';
import { ApiProblem, outOfScope } from '@/lib/api/v1/api-problem';
import { listDomainsOperation, registerDomainOperation } from '@/lib/api/v1/domain-operations';
import { decodeCursor, encodeCursor } from '@/lib/api/v1/page-cursor';
import { v1Route } from '@/lib/api/v1/v1-route';
import { registerDomainByName } from '@/lib/domains/register-domain-by-name';
import { listDomainsAfter } from '@/lib/queries/list-domains-after';

const domainCursor = z.object({ after: z.string().min(1).max(253) });

export const GET = v1Route(listDomainsOperation, async ({ principal, query }) => {
  const after = decodeCursor(domainCursor, query.cursor)?.after ?? null;
  const { q, group, tag, metric, value, finding, severity, stale, limit } = query;
  const selection = { q, group, tag, metric, value, finding, severity, stale };
  const page = await listDomainsAfter(principal.viewer, selection, { after, limit });
  return { items: page.rows, nextCursor: page.next === null ? null : encodeCursor({ after: page.next }) };
});

export const POST = v1Route(registerDomainOperation, async ({ principal, actor, body }) => {
  if (principal.viewer.groupIds !== null) throw outOfScope('register domains (a new domain is in no group)');
  const result = await registerDomainByName(body.domain, actor);
  if (!result.ok) throw new ApiProblem(400, 'invalid_domain', result.error);
  return result.domain;
});
