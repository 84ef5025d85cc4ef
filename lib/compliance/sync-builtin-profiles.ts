import type { Db } from '@/lib/history/refresh-adoption-rollups';
import { uuidv7 } from '@/lib/import/uuid-v7';
import { BUILTIN_PROFILES } from './builtin-profiles';
import type { BuiltinProfile } from './profile-schema';

/**
 * Stores each built-in profile (lib/compliance/builtin-profiles.ts) and any version of it not stored
 * yet; idempotent and safe to race (unique keys, ON CONFLICT DO NOTHING). Returns the ids of the
 * profiles that gained a version: the groups following them need their compliance recomputed.
 */
export async function syncBuiltinProfiles(
  db: Db,
  profiles: readonly BuiltinProfile[] = BUILTIN_PROFILES,
): Promise<string[]> {
  const changed: string[] = [];
  for (const { key, version, definition } of profiles) {
    await db.$executeRaw`
      INSERT INTO compliance_profiles (id, builtin_key) VALUES (${uuidv7()}::uuid, ${key})
      ON CONFLICT (builtin_key) DO NOTHING`;
    const inserted = await db.$queryRaw<Array<{ profile_id: string }>>`
      INSERT INTO compliance_profile_versions (id, profile_id, version, definition)
      SELECT ${uuidv7()}::uuid, p.id, ${version}, ${JSON.stringify(definition)}::jsonb
      FROM compliance_profiles p WHERE p.builtin_key = ${key}
      ON CONFLICT (profile_id, version) DO NOTHING
      RETURNING profile_id::text`;
    changed.push(...inserted.map((row) => row.profile_id));
  }
  return changed;
}
