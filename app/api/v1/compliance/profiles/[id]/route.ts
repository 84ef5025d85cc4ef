import { ApiProblem, notFound } from '@/lib/api/v1/api-problem';
import { updateComplianceProfileOperation } from '@/lib/api/v1/compliance-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { saveCustomProfile } from '@/lib/compliance/save-custom-profile';

export const PUT = v1Route(updateComplianceProfileOperation, async ({ actor, params, body }) => {
  const saved = await saveCustomProfile({ id: params.id, definition: body.definition }, actor);
  if (saved.ok) return { id: saved.id, version: saved.version };
  if (saved.code === 'not_found') throw notFound('Profile');
  throw new ApiProblem(
    409,
    'builtin',
    'Built-in profiles change with Kensa; create a profile of your own instead.',
  );
});
