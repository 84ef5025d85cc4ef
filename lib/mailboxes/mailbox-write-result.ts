import { Prisma } from '@/generated/prisma/client';

export type MailboxWriteResult =
  | { ok: true; id: string }
  | {
      ok: false;
      code: 'invalid' | 'not-found' | 'name-taken' | 'no-such-source' | 'purpose-unavailable';
      message: string;
    };

/** The expected database refusals of a mailbox write as results; anything else is rethrown. */
export function mailboxWriteProblem(error: unknown): MailboxWriteResult {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2002')
      return { ok: false, code: 'name-taken', message: 'an account of that name exists' };
    if (error.code === 'P2003') return { ok: false, code: 'no-such-source', message: 'no such mail source' };
  }
  throw error;
}
