/**
 * Runs once when the server starts: the environment is checked before the first request; then the
 * first admin comes from the environment, or, while no account exists, a setup code is printed; the
 * built-in compliance profiles are stored, so groups can follow them before a worker has started.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('@/lib/env');
  env();
  const { ensureAdminFromEnv } = await import('@/lib/auth/ensure-admin-from-env');
  await ensureAdminFromEnv();
  const { announceSetupCode } = await import('@/lib/auth/announce-setup-code');
  await announceSetupCode();
  const { prisma } = await import('@/lib/db');
  const { syncBuiltinProfiles } = await import('@/lib/compliance/sync-builtin-profiles');
  await syncBuiltinProfiles(prisma);
}
