import {
  createComplianceProfileOperation,
  listComplianceProfilesOperation,
} from '@/lib/api/v1/compliance-operations';
import { v1Route } from '@/lib/api/v1/v1-route';
import { saveCustomProfile } from '@/lib/compliance/save-custom-profile';
import { listComplianceProfiles } from '@/lib/queries/list-compliance-profiles';

export const GET = v1Route(listComplianceProfilesOperation, async ({ principal }) => ({
  items: await listComplianceProfiles(principal.viewer),
}));

export const POST = v1Route(createComplianceProfileOperation, async ({ actor, body }) => {
  const saved = await saveCustomProfile({ definition: body.definition }, actor);
  if (!saved.ok) throw new Error(`creating a profile cannot fail with ${saved.code}`);
  return { id: saved.id, version: saved.version };
});
