import { ApiProblem, notFound } from '@/lib/api/v1/api-problem';
import {
  archiveDomainOperation,
  getDomainOperation,
  updateDomainOperation,
} from '@/lib/api/v1/domain-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { archiveDomainById } from '@/lib/domains/archive-domain-by-id';
import { keepGroupsOutsideScope } from '@/lib/domains/keep-groups-outside-scope';
import { updateDomain } from '@/lib/domains/update-domain';
import { getDomainState } from '@/lib/queries/get-domain-state';
import { isInScope } from '@/lib/queries/is-in-scope';

const unknownGroup = () => new ApiProblem(400, 'unknown_group', 'A group in `groups` does not exist.');

export const GET = v1Route(getDomainOperation, async ({ principal, params }) => {
  const domain = await getDomainState(principal.viewer, params.id);
  if (!domain) throw notFound('Domain');
  return domain;
});

export const PATCH = v1Route(updateDomainOperation, async ({ principal, actor, params, body }) => {
  if (!(await isInScope(principal.viewer, { domains: [params.id] }))) throw notFound('Domain');
  if (!(await isInScope(principal.viewer, { groups: body.groups ?? [] }))) throw unknownGroup();
  const groups = body.groups && (await keepGroupsOutsideScope(principal.viewer, params.id, body.groups));
  const result = await updateDomain(params.id, groups ? { ...body, groups } : body, actor);
  if (!result.ok && result.code === 'not_found') throw notFound('Domain');
  if (!result.ok) throw unknownGroup();
  const domain = await getDomainState(principal.viewer, params.id);
  if (!domain) throw notFound('Domain');
  return domain;
});

export const DELETE = v1Route(archiveDomainOperation, async ({ principal, actor, params }) => {
  if (!(await isInScope(principal.viewer, { domains: [params.id] }))) throw notFound('Domain');
  if (!(await archiveDomainById(params.id, actor))) throw notFound('Domain');
  return { id: params.id, archived: true as const };
});
