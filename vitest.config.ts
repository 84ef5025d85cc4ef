import { defineConfig } from 'vitest/config';

/**
 * Files that assert an upper bound on wall-clock time (a run ends within 30 s, a refusal within 2 s,
 * a parse within 200 ms). They run after the rest, one at a time, so a neighbour's load never
 * decides them. A new test with such a bound belongs here.
 */
const TIMED = [
  'workers/dead-resolver.test.ts',
  // Its live relay must answer within the CLI's 300 ms timeout, or an answered query reads as lost.
  'cli/audit-dns-failure.test.ts',
  'audit/dns/circuit-breaker.test.ts',
  'audit/spf/detect-spf-near-miss.test.ts',
  'audit/authres/parse-authentication-results.fuzz.test.ts',
  'lib/auth/sign-in-throttle.test.ts',
  'lib/api/v1/rate-limit.test.ts',
  'lib/import/check-xlsx-size.test.ts',
  'lib/alerts/send-webhook.test.ts',
];

export default defineConfig({
  resolve: { alias: { '@': new URL('./', import.meta.url).pathname } },
  test: {
    setupFiles: ['testing/next-async-storage.ts'],
    exclude: ['node_modules/**', '.next/**', 'e2e/**', '.kensa/**'],
    // Generous: several tests spawn the CLI or worker processes, slow on a loaded 2-core machine.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // Integration tests share one Knot server, one PostgreSQL cluster and one Redis; each file keeps
    // to a scratch database, Redis database or queue name of its own, so files run side by side.
    fileParallelism: true,
    pool: 'forks',
    // Each project names its own files: a project's `include` is added to the root's, not put in its place.
    projects: [
      {
        extends: true,
        // Most files wait on PostgreSQL, DNS or a child process: two at a time keep both cores busy
        // (Vitest's default, cores − 1, runs one at a time on the 2-core machines the suite runs on).
        test: {
          name: 'parallel',
          include: ['**/*.test.ts'],
          exclude: TIMED,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: 'timed', include: TIMED, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
