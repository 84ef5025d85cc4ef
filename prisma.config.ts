import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// Prisma 7 downloads its native schema engine before generate/migrate/db, which cannot work in an
// air-gapped network. Pointing PRISMA_SCHEMA_ENGINE_BINARY at our shim (the WebAssembly build of the
// same engine behind the native JSON-RPC protocol) stops the download; `??=` lets an operator still
// point it at a native engine. See prisma/engine/schema-engine.mjs.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL('./prisma/engine/schema-engine.mjs', import.meta.url),
);

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  // Not env('DATABASE_URL'): that throws when the variable is unset, which would break the
  // `prisma generate` run by `npm ci`'s postinstall. Commands that need a database fail clearly.
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
