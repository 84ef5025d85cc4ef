import { notFound } from '@/lib/api/v1/api-problem';
import { getGroupComplianceOperation } from '@/lib/api/v1/compliance-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { getGroupCompliance } from '@/lib/queries/get-group-compliance';

export const GET = v1Route(getGroupComplianceOperation, async ({ principal, params }) => {
  const compliance = await getGroupCompliance(principal.viewer, params.id);
  if (!compliance) throw notFound('Group');
  return {
    group: compliance.group,
    profiles: compliance.profiles.map(({ profileId, version, definition, day, counts, notCompliant }) => ({
      profileId,
      version,
      name: definition.name,
      day,
      counts,
      notCompliant,
    })),
  };
});
