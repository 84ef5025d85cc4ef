'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/require-user';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/db/is-uuid';

/** Deletes a rule with its matches and delivery history (cascade), then returns to the alerts page. Admins only. */
export async function deleteAlertRule(id: string): Promise<void> {
  await requireUser('admin');
  if (isUuid(id)) await prisma.alertRule.deleteMany({ where: { id } });
  revalidatePath('/alerts');
  redirect('/alerts');
}
