import type { Prisma, PrismaClient } from '@/generated/prisma/client';

/** The domains with these ids, with the columns `select` names, in the order of `ids`. */
export async function findDomainsInOrder<S extends Prisma.DomainSelect & { id: true }>(
  db: PrismaClient,
  ids: string[],
  select: S,
): Promise<Array<Prisma.DomainGetPayload<{ select: S }>>> {
  if (ids.length === 0) return [];
  const rows = (await db.domain.findMany({ where: { id: { in: ids } }, select })) as Array<
    Prisma.DomainGetPayload<{ select: S }> & { id: string }
  >;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
