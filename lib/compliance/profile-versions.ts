import type { Db } from '@/lib/history/refresh-adoption-rollups';
import { type ProfileDefinition, profileDefinitionSchema } from './profile-schema';

/** The latest version of a profile a group follows, with its definition checked. */
export interface FollowedVersion {
  groupId: string;
  profileId: string;
  versionId: string;
  version: number;
  definition: ProfileDefinition;
}

/** The latest version of every profile the given groups follow (all groups when `groupIds` is null). */
export async function followedVersions(
  db: Db,
  groupIds: readonly string[] | null,
): Promise<FollowedVersion[]> {
  const rows = await db.$queryRaw<
    Array<{ group_id: string; profile_id: string; version_id: string; version: number; definition: unknown }>
  >`
    SELECT gp.group_id::text, gp.profile_id::text, v.id::text AS version_id, v.version, v.definition
    FROM group_compliance_profiles gp
    JOIN LATERAL (
      SELECT id, version, definition FROM compliance_profile_versions
      WHERE profile_id = gp.profile_id ORDER BY version DESC LIMIT 1
    ) v ON true
    WHERE ${groupIds === null} OR gp.group_id::text = ANY(${groupIds ?? []}::text[])
    ORDER BY gp.group_id, gp.profile_id`;
  return rows.map((row) => ({
    groupId: row.group_id,
    profileId: row.profile_id,
    versionId: row.version_id,
    version: row.version,
    definition: profileDefinitionSchema.parse(row.definition),
  }));
}

/** A profile's latest version with its definition checked; null when there is no such profile. */
export async function latestProfileVersion(
  db: Db,
  profileId: string,
): Promise<{ versionId: string; definition: ProfileDefinition } | null> {
  const [row] = await db.$queryRaw<Array<{ id: string; definition: unknown }>>`
    SELECT id::text, definition FROM compliance_profile_versions
    WHERE profile_id::text = ${profileId} ORDER BY version DESC LIMIT 1`;
  return row ? { versionId: row.id, definition: profileDefinitionSchema.parse(row.definition) } : null;
}
