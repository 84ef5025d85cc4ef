import { ApiProblem, notFound } from '@/lib/api/v1/api-problem';
import {
  archiveDomainOperation,
  getDomainOperation,
  updateDomainOperation,
} from '@/lib/api/v1/domain-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { archiveDomainById } from '@/lib/domains/archive-domain-by-id';
import { updateDomain } from '@/lib/domains/update-domain';
import { getDomainState } from '@/lib/queries/get-domain-state';

export const GET = v1Route(getDomainOperation, async ({ principal, params }) => {
  const domain = await getDomainState(principal.viewer, params.id);
  if (!domain) throw notFound('Domain');
  return domain;
});

export const PATCH = v1Route(updateDomainOperation, async ({ principal, params, body }) => {
  const result = await updateDomain(params.id, body);
  if (!result.ok && result.code === 'not_found') throw notFound('Domain');
  if (!result.ok) throw new ApiProblem(400, 'unknown_group', 'A group in `groups` does not exist.');
  const domain = await getDomainState(principal.viewer, params.id);
  if (!domain) throw notFound('Domain');
  return domain;
});

export const DELETE = v1Route(archiveDomainOperation, async ({ params }) => {
  if (!(await archiveDomainById(params.id))) throw notFound('Domain');
  return { id: params.id, archived: true as const };
});
