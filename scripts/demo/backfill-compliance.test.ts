import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryResolver } from '@/audit/dns/memory-resolver';
import type { PrismaClient } from '@/generated/prisma/client';
import { recomputeGroupCompliance } from '@/lib/compliance/recompute-group-compliance';
import { WHOLE_PROFILE } from '@/lib/compliance/refresh-compliance-rollups';
import { syncBuiltinProfiles } from '@/lib/compliance/sync-builtin-profiles';
import { applyDomainGroups } from '@/lib/domains/apply-domain-groups';
import { registerDomain } from '@/lib/domains/register-domain';
import { healthyZone } from '@/testing/healthy-zone';
import { scanDomains } from '@/testing/scan-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '@/testing/scratch-database';
import { backfillDemoHistory } from './backfill-history';

/**
 * The demo's year of history carries report bodies, so compliance with a profile changes over the
 * year as adoption does: twelve healthy domains, compliant with the JP guideline today, most of
 * which adopted SPF/DKIM/DMARC during the backfilled weeks.
 */
let scratch: ScratchDatabase;
let db: PrismaClient;
let groupId: string;

beforeAll(async () => {
  scratch = await createScratchDatabase('demo_compliance');
  db = scratch.db;
  groupId = (await db.group.create({ data: { name: 'Ministries (demo)' } })).id;
  const names = Array.from({ length: 12 }, (_, i) => `d${i}.example.test`);
  const domains = await db.$transaction(async (tx) => {
    const out = [];
    for (const ascii of names) {
      const domain = await registerDomain(tx, { ascii, unicode: ascii });
      await applyDomainGroups(tx, domain.id, [groupId]);
      out.push(domain);
    }
    return out;
  });
  const zone = Object.assign({}, ...names.map((name) => renamed(healthyZone(), name)));
  await scanDomains(db, domains, createMemoryResolver(zone));
  expect(await backfillDemoHistory(db, 20)).toBe(20);
  await syncBuiltinProfiles(db);
  const jp = await db.complianceProfile.findUniqueOrThrow({
    where: { builtinKey: 'jp-dmarc-guideline-2024' },
  });
  await db.groupComplianceProfile.create({ data: { groupId, profileId: jp.id } });
  await recomputeGroupCompliance(db, [groupId]);
}, 180_000);

afterAll(async () => {
  await scratch?.drop();
});

/** healthyZone's names moved from example.test to `domain`. */
function renamed(zone: ReturnType<typeof healthyZone>, domain: string) {
  return Object.fromEntries(
    Object.entries(zone).map(([name, records]) => [
      name.replace(/example\.test$/, domain),
      JSON.parse(JSON.stringify(records).replaceAll('example.test', domain)),
    ]),
  );
}

describe('the demo history', () => {
  it('gives compliance a history that climbs over the backfilled weeks to today', async () => {
    const rows = await db.$queryRaw<
      Array<{ day: string; compliant: number; not_compliant: number; unknown: number }>
    >`
      SELECT day::text, compliant, not_compliant, unknown FROM compliance_rollups
      WHERE group_id = ${groupId}::uuid AND requirement = ${WHOLE_PROFILE} ORDER BY day`;
    expect(rows.length).toBeGreaterThan(5);
    const first = rows[0];
    const last = rows.at(-1);
    expect(first?.unknown).toBe(0);
    expect(last).toMatchObject({ compliant: 12, not_compliant: 0, unknown: 0 });
    expect(first?.compliant).toBeLessThan(12);
    const judged = await db.complianceEvaluation.count();
    expect(judged).toBeGreaterThan(1);
  });
});
