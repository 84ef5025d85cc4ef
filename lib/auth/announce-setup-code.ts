import { env } from '@/lib/env';
import { issueSetupCode } from './setup-code';

/**
 * At start-up of a web process, while no account exists: prints a one-time setup code to the log,
 * so only someone who can read the server's log can claim the instance at /setup. A database that
 * cannot be reached yet leaves /setup closed until the next start, instead of stopping this one.
 */
export async function announceSetupCode(): Promise<void> {
  try {
    const code = await issueSetupCode();
    if (!code) return;
    const url = new URL('/setup', env().KENSA_PUBLIC_URL);
    console.log(
      [
        '',
        '  Kensa setup code (no account exists yet):',
        `    ${code}`,
        `  Open ${url} and enter it to create the first administrator.`,
        '  It works until that account exists; each web process start prints another.',
        '',
      ].join('\n'),
    );
  } catch (error) {
    console.error(`no setup code issued, /setup stays closed until a restart: ${(error as Error).message}`);
  }
}
