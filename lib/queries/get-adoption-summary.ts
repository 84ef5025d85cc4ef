import type { PrismaClient } from '@/generated/prisma/client';
import { readAs, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import {
  type AdoptionSummary,
  type AdoptionSummaryInput,
  summarizeAdoption,
} from '@/lib/history/summarize-adoption';
import { NotVisibleError } from './not-visible';
import { canSeeScope } from './visible';

/** Each metric's adoption at the end of the range and its change in points, as `viewer` may see it. */
export async function getAdoptionSummary(
  viewer: Viewer,
  input: AdoptionSummaryInput,
  db: PrismaClient = prisma,
): Promise<AdoptionSummary> {
  readAs(viewer);
  if (!canSeeScope(viewer, input.scope)) throw new NotVisibleError(`Scope ${input.scope}`);
  return summarizeAdoption(db, input);
}
