import { z } from 'zod';
import { ROLES } from '@/lib/auth/roles';

/** An e-mail address as accounts store it: trimmed and lower-cased. */
export const userEmail = z.string().trim().toLowerCase().max(320).pipe(z.email());

/** A display name; blank or null means none. */
export const userName = z
  .string()
  .trim()
  .max(100)
  .nullable()
  .transform((name) => name || null);

export const userRole = z.enum(ROLES);

/** The groups a user is limited to; empty: every domain. */
export const userGroupIds = z.array(z.uuid()).max(500);
