import type pg from 'pg';
import { insertRollupRow } from './insert-rollup-row';

/**
 * A group whose adoption is known in advance: rollup rows for the ends of June, July and August
 * (as the survey slides have) with SPF and DKIM counts, so a spec can compare what a page shows
 * with figures it wrote itself. `remove()` deletes the group, its rollups and its reports.
 */
export async function createSurveyGroup(db: pg.Client, prefix: string) {
  const name = `${prefix} ${Date.now().toString(36)}`;
  const group = await db.query<{ id: string }>(
    `INSERT INTO groups (id, name, updated_at) VALUES (gen_random_uuid(), $1, now()) RETURNING id`,
    [name],
  );
  const scope = group.rows[0]?.id ?? '';
  const days: Array<[string, number, number, number, number]> = [
    ['2026-06-30', 655, 3, 595, 60],
    ['2026-07-31', 655, 2, 600, 65],
    ['2026-08-31', 655, 0, 612, 70],
  ];
  for (const [day, domains, unknown, spf, dkim] of days) {
    await insertRollupRow(db, {
      scope,
      day,
      domains,
      unknown,
      adopted: { spf_published: spf, spf_valid: spf, dkim_published: dkim },
    });
  }
  return {
    name,
    scope,
    async remove() {
      await db.query('DELETE FROM reports WHERE selection_key = $1', [`${scope}|registered`]);
      await db.query('DELETE FROM adoption_rollups WHERE scope = $1', [scope]);
      await db.query('DELETE FROM groups WHERE id = $1', [scope]);
    },
  };
}
