'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { requireUser } from '@/lib/auth/require-user';
import { prisma } from '@/lib/db';

export interface SaveGroupState {
  error: 'invalid' | 'name-taken' | 'not-found' | null;
  savedId: string | null;
}

const groupInput = z.object({
  id: z.uuid().optional(),
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(2000).default(''),
});

/** Creates a group, or renames / re-describes one (`id` given). Names are unique. Admins only. */
export async function saveGroup(_previous: SaveGroupState, form: FormData): Promise<SaveGroupState> {
  await requireUser('admin');
  const parsed = groupInput.safeParse({
    id: form.get('id') || undefined,
    name: form.get('name') ?? '',
    description: form.get('description') ?? '',
  });
  if (!parsed.success) return { error: 'invalid', savedId: null };
  const { id, name, description } = parsed.data;
  try {
    const group = id
      ? await prisma.group.update({ where: { id }, data: { name, description }, select: { id: true } })
      : await prisma.group.create({ data: { name, description }, select: { id: true } });
    revalidatePath('/groups');
    return { error: null, savedId: group.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      if (error.code === 'P2002') return { error: 'name-taken', savedId: null };
      if (error.code === 'P2025') return { error: 'not-found', savedId: null };
    }
    throw error;
  }
}
