import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_OPERATIONS } from './all-operations';
import { buildOpenApiDocument } from './openapi';

const V1 = fileURLToPath(new URL('../../../app/api/v1/', import.meta.url));
/** Routes that are not operations: the document itself, and the JSON 404 for every unknown path. */
const NOT_OPERATIONS = new Set([
  'GET /openapi.json',
  ...['GET', 'POST', 'PATCH', 'PUT', 'DELETE'].map((method) => `${method} /[...path]`),
]);

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? routeFiles(join(dir, entry.name))
      : entry.name === 'route.ts'
        ? [join(dir, entry.name)]
        : [],
  );
}

/** "GET /domains/{id}" for every exported method of every route file under app/api/v1. */
function routedOperations(): string[] {
  return routeFiles(V1).flatMap((file) => {
    const path = `/${relative(V1, file).split(sep).slice(0, -1).join('/')}`.replace(/\[(\w+)\]/g, '{$1}');
    const source = readFileSync(file, 'utf8');
    const methods = [
      ...source.matchAll(/export (?:const|async function|function) (GET|POST|PATCH|PUT|DELETE)\b/g),
    ];
    return methods.map((m) => `${m[1]} ${path === '/' ? '' : path}`);
  });
}

describe('/api/v1', () => {
  it('documents exactly the operations that have a route, each once', () => {
    const documented = ALL_OPERATIONS.map((op) => `${op.method} ${op.path}`);
    expect(new Set(documented).size).toBe(documented.length);
    const routed = routedOperations().filter((op) => !NOT_OPERATIONS.has(op));
    expect([...routed].sort()).toEqual([...documented].sort());
  });

  it('builds an OpenAPI 3.1 document with unique operation ids and JSON schemas', () => {
    const document = buildOpenApiDocument('https://kensa.example.jp');
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers[0]?.url).toBe('https://kensa.example.jp/api/v1');
    const ids = ALL_OPERATIONS.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const me = document.paths['/me']?.get as {
      responses: Record<string, { content: Record<string, { schema: { properties: object } }> }>;
    };
    expect(Object.keys(me.responses['200']?.content['application/json']?.schema.properties ?? {})).toEqual([
      'kind',
      'name',
      'canWrite',
      'expiresAt',
    ]);
  });

  it('declares each path parameter, and every $ref in the document resolves', () => {
    for (const operation of ALL_OPERATIONS) {
      const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = Object.keys((operation.params as { shape?: object } | undefined)?.shape ?? {});
      expect(declared.sort(), `${operation.method} ${operation.path}`).toEqual(names.sort());
    }
    const document = buildOpenApiDocument('https://kensa.example.jp');
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1] as string);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of new Set(refs)) {
      const target = ref
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], document);
      expect(target, ref).toBeDefined();
    }
  });

  it('documents the rate-limit headers, and Retry-After on 429', () => {
    const document = buildOpenApiDocument('https://kensa.example.jp');
    const list = document.paths['/domains']?.get as {
      responses: Record<string, { headers?: object; $ref?: string }>;
    };
    expect(Object.keys(list.responses['200']?.headers ?? {})).toEqual([
      'RateLimit-Limit',
      'RateLimit-Remaining',
      'RateLimit-Reset',
    ]);
    expect(list.responses['429']?.$ref).toBe('#/components/responses/RateLimited');
    expect(Object.keys(document.components.responses.RateLimited.headers)).toContain('Retry-After');
  });
});
