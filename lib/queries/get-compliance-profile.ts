import { readAs, type Viewer } from '@/lib/auth/viewer';
import { profileDefinitionSchema } from '@/lib/compliance/profile-schema';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';
import type { ProfileListItem } from './list-compliance-profiles';

export interface ComplianceProfileDetail extends ProfileListItem {
  /** Every version, newest first, with when it was saved. */
  versions: Array<{ version: number; createdAt: Date }>;
}

/**
 * One compliance profile with its latest version's definition and its version history. Profiles
 * are shared definitions without domain data: every signed-in viewer may read one (as the list).
 */
export async function getComplianceProfile(
  viewer: Viewer,
  id: string,
): Promise<ComplianceProfileDetail | null> {
  readAs(viewer);
  if (!isUuid(id)) return null;
  const profile = await prisma.complianceProfile.findUnique({
    where: { id },
    select: {
      id: true,
      builtinKey: true,
      versions: {
        orderBy: { version: 'desc' },
        select: { version: true, createdAt: true, definition: true },
      },
    },
  });
  const latest = profile?.versions[0];
  if (!profile || !latest) return null;
  return {
    id: profile.id,
    builtinKey: profile.builtinKey,
    version: latest.version,
    definition: profileDefinitionSchema.parse(latest.definition),
    versions: profile.versions.map(({ version, createdAt }) => ({ version, createdAt })),
  };
}
