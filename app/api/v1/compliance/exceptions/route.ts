import { ApiProblem, notFound } from '@/lib/api/v1/api-problem';
import { requestExceptionOperation } from '@/lib/api/v1/exception-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { requestComplianceException } from '@/lib/compliance/request-compliance-exception';
import { isInScope } from '@/lib/queries/is-in-scope';

export const POST = v1Route(requestExceptionOperation, async ({ principal, actor, body }) => {
  const subject = body.domainId ? { domains: [body.domainId] } : { groups: [body.groupId] };
  if (!(await isInScope(principal.viewer, subject))) throw notFound(body.domainId ? 'Domain' : 'Group');
  const result = await requestComplianceException(body, actor);
  if (result.ok) return { id: result.id };
  if (result.code === 'not_found') throw notFound('Profile, domain or group');
  throw new ApiProblem(400, result.code, 'The exception cannot be requested.');
});
