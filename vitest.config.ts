import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': new URL('./', import.meta.url).pathname } },
  test: {
    include: ['**/*.test.ts'],
    setupFiles: ['testing/next-async-storage.ts'],
    exclude: ['node_modules/**', '.next/**', 'e2e/**', '.kensa/**'],
    // Generous: several tests spawn the CLI or worker processes, slow on a loaded 2-core machine.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // Integration tests share one Knot server, one PostgreSQL cluster and one Redis.
    fileParallelism: true,
    pool: 'forks',
  },
});
