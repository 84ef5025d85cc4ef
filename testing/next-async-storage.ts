/**
 * Vitest setup file (vitest.config.ts): installs AsyncLocalStorage globally, as the Next.js server
 * does before it loads app code (next/dist/server/node-environment-baseline.js). Next.js's request
 * scope (cookies(), headers()) captures it when its modules first load, so it must be in place
 * before any test imports next/server or next/headers; testing/next-route-scope.ts then runs route
 * handlers in that scope.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
