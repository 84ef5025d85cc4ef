/** Runs once when the server starts: the environment is checked before the first request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('@/lib/env');
  env();
  const { ensureAdminFromEnv } = await import('@/lib/auth/ensure-admin-from-env');
  await ensureAdminFromEnv();
}
