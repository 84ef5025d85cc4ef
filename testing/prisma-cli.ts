import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './repo-root';

const PRISMA_CLI = join(REPO_ROOT, 'node_modules/prisma/build/index.js');

/**
 * Runs the Prisma CLI against `databaseUrl` as `npx prisma …` would. The CLI reads prisma.config.ts,
 * which points it at the offline schema engine (prisma/engine/).
 */
export function runPrismaCli(args: string[], databaseUrl: string, timeoutMs = 120_000) {
  return promisify(execFile)(process.execPath, [PRISMA_CLI, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    timeout: timeoutMs,
  });
}
