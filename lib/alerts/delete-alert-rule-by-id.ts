import { prisma } from '@/lib/db';

/** Deletes a rule with its matches and deliveries (cascade); false when there was none with that id. */
export async function deleteAlertRuleById(id: string): Promise<boolean> {
  const deleted = await prisma.alertRule.deleteMany({ where: { id } });
  return deleted.count > 0;
}
