import { z } from 'zod';
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';

/** Group names and descriptions as every writer accepts them. */
export const groupFields = z.object({
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(2000),
});

export type SaveGroupRecordResult =
  | { ok: true; id: string }
  | { ok: false; code: 'name_taken' | 'not_found' };

/**
 * Creates a group (no `id`) or changes the given fields of one; names are unique. Not a server
 * action: the shared write of the groups page's action and the API, which check the role first.
 */
export async function saveGroupRecord(
  input:
    | { id?: undefined; name: string; description?: string }
    | { id: string; name?: string; description?: string },
  db: PrismaClient = prisma,
): Promise<SaveGroupRecordResult> {
  const { id, name, description } = input;
  try {
    const group = id
      ? await db.group.update({ where: { id }, data: { name, description }, select: { id: true } })
      : await db.group.create({ data: { name: name as string, description }, select: { id: true } });
    return { ok: true, id: group.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      if (error.code === 'P2002') return { ok: false, code: 'name_taken' };
      if (error.code === 'P2025') return { ok: false, code: 'not_found' };
    }
    throw error;
  }
}
