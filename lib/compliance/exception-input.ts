import { z } from 'zod';
import { daySchema } from '@/lib/history/adoption-input';

/**
 * A request for an exception, as every writer (the group page's form, the API) accepts it: one
 * requirement of one profile, for a domain or a whole group, with the reason and the days it covers.
 */
export const exceptionRequestInput = z
  .object({
    profileId: z.uuid(),
    requirement: z.string().trim().min(1).max(63),
    domainId: z.uuid().nullable(),
    groupId: z.uuid().nullable(),
    justification: z.string().trim().min(1).max(2000),
    startsOn: daySchema,
    /** The first day it no longer applies. */
    expiresOn: daySchema,
  })
  .refine((x) => (x.domainId === null) !== (x.groupId === null), {
    message: 'name either a domain or a group',
    path: ['domainId'],
  })
  .refine((x) => x.expiresOn > x.startsOn, { message: 'expiry after the start', path: ['expiresOn'] });

export type ExceptionRequest = z.infer<typeof exceptionRequestInput>;
