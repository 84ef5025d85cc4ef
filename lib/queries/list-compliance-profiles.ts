import { readAs, type Viewer } from '@/lib/auth/viewer';
import { type ProfileDefinition, profileDefinitionSchema } from '@/lib/compliance/profile-schema';
import { prisma } from '@/lib/db';

export interface ProfileListItem {
  id: string;
  /** The built-in key; null for an administrator's own profile. */
  builtinKey: string | null;
  version: number;
  definition: ProfileDefinition;
}

/**
 * Every compliance profile with its latest version. Profiles are shared definitions (no domain
 * data), so every signed-in viewer may read them; which groups follow them is the group's to say.
 */
export async function listComplianceProfiles(viewer: Viewer): Promise<ProfileListItem[]> {
  readAs(viewer);
  const profiles = await prisma.complianceProfile.findMany({
    orderBy: [{ builtinKey: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    select: {
      id: true,
      builtinKey: true,
      versions: { orderBy: { version: 'desc' }, take: 1, select: { version: true, definition: true } },
    },
  });
  return profiles.flatMap(({ id, builtinKey, versions: [latest] }) =>
    latest
      ? [
          {
            id,
            builtinKey,
            version: latest.version,
            definition: profileDefinitionSchema.parse(latest.definition),
          },
        ]
      : [],
  );
}
