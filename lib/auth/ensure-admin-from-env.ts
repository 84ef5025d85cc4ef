import { hashPassword } from '@/lib/auth/password';
import { checkPasswordPolicy } from '@/lib/auth/password-policy';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';

/**
 * Creates the first admin from KENSA_ADMIN_EMAIL / KENSA_ADMIN_PASSWORD when no account has that
 * e-mail yet; a password the policy refuses stops the start-up, naming why. Never changes an
 * existing account: rotating a password is done in the app.
 */
export async function ensureAdminFromEnv(): Promise<void> {
  const { KENSA_ADMIN_EMAIL: email, KENSA_ADMIN_PASSWORD: password } = env();
  if (!email || !password) return;
  const normalized = email.toLowerCase();
  const existing = await prisma.user.findUnique({ where: { email: normalized }, select: { id: true } });
  if (existing) return;
  const verdict = checkPasswordPolicy(password, { email: normalized, name: 'Administrator' });
  if (!verdict.ok)
    throw new Error(
      `Kensa cannot start: KENSA_ADMIN_PASSWORD is refused by the password policy (${verdict.reason})`,
    );
  await prisma.user.create({
    data: {
      email: normalized,
      name: 'Administrator',
      role: 'admin',
      passwordHash: await hashPassword(password),
    },
  });
}
