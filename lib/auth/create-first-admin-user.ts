import type { PrismaClient } from '@/generated/prisma/client';
import { recordAuditEvent } from '@/lib/audit-log/record-audit-event';
import { prisma } from '@/lib/db';
import { hashPassword } from './password';
import { checkPasswordPolicy, type PasswordWeakness } from './password-policy';
import { setupCodeMatches } from './setup-code';

export interface FirstAdminInput {
  name: string;
  email: string;
  password: string;
  /** The one-time code from the web app's log (lib/auth/setup-code.ts). */
  setupCode: string;
  /** For the audit log. */
  clientAddress: string | null;
}

export type FirstAdminOutcome =
  | { ok: true; id: string }
  | { ok: false; code: 'exists' | 'bad-code' }
  | { ok: false; code: 'weak-password'; reason: PasswordWeakness };

/**
 * Creates the first admin, only while no account exists at all and only for the holder of a setup
 * code. The code is checked before anything costly (hashing); the check of both and the insert are
 * one serializable transaction, so two browsers racing on a fresh install cannot both become the
 * first admin, and the codes are deleted with it (they open /setup once) and the creation logged.
 */
export async function createFirstAdminUser(
  input: FirstAdminInput,
  db: PrismaClient = prisma,
): Promise<FirstAdminOutcome> {
  if ((await db.user.count()) > 0) return { ok: false, code: 'exists' };
  if (!(await setupCodeMatches(input.setupCode, db))) return { ok: false, code: 'bad-code' };
  const verdict = checkPasswordPolicy(input.password, input);
  if (!verdict.ok) return { ok: false, code: 'weak-password', reason: verdict.reason };
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(
    async (tx): Promise<FirstAdminOutcome> => {
      if ((await tx.user.count()) > 0) return { ok: false, code: 'exists' };
      if (!(await setupCodeMatches(input.setupCode, tx))) return { ok: false, code: 'bad-code' };
      const { id } = await tx.user.create({
        data: { name: input.name, email: input.email, passwordHash, role: 'admin' },
        select: { id: true },
      });
      await tx.setupCode.deleteMany();
      const actor = { userId: id, label: input.email, clientAddress: input.clientAddress };
      const target = { type: 'user', id, label: input.email };
      await recordAuditEvent(actor, { action: 'user.create-first-admin', target }, tx);
      return { ok: true, id };
    },
    { isolationLevel: 'Serializable' },
  );
}
