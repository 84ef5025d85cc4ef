import { z } from 'zod';
import { ALL_OPERATIONS } from './all-operations';
import type { ApiOperation } from './api-operation';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, unknown>; required?: string[] };

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** Path or query parameters from an object schema: one OpenAPI parameter per property. */
function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input');
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...propertySchema } = property as { description?: string };
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(description ? { description } : {}),
      schema: propertySchema,
    };
  });
}

const errorResponse = { $ref: '#/components/responses/Error' };

/** Every answer to an authenticated caller carries its rate-limit state (rate-limit.ts). */
const rateLimitHeaders = {
  'RateLimit-Limit': { $ref: '#/components/headers/RateLimit-Limit' },
  'RateLimit-Remaining': { $ref: '#/components/headers/RateLimit-Remaining' },
  'RateLimit-Reset': { $ref: '#/components/headers/RateLimit-Reset' },
};

const integerHeader = (description: string) => ({ description, schema: { type: 'integer', minimum: 0 } });

function operationObject(operation: ApiOperation) {
  const status = String(operation.status ?? 200);
  // An operation may answer JSON and, by a query parameter, a file (a scorecard as JSON or PDF).
  const success = {
    content: {
      ...(operation.response
        ? { 'application/json': { schema: jsonSchema(operation.response, 'output') } }
        : {}),
      ...Object.fromEntries(
        (operation.produces ?? []).map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
      ),
    },
  };
  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    'x-kensa-access': operation.access,
    parameters: [...parameters(operation.params, 'path'), ...parameters(operation.query, 'query')],
    ...(operation.body || operation.consumes
      ? {
          requestBody: {
            required: true,
            content: {
              ...(operation.body
                ? { 'application/json': { schema: jsonSchema(operation.body, 'input') } }
                : {}),
              ...Object.fromEntries(
                (operation.consumes ?? []).map((type) => [
                  type,
                  { schema: { type: 'string', format: 'binary' } },
                ]),
              ),
            },
          },
        }
      : {}),
    responses: {
      [status]: { description: 'Success', headers: rateLimitHeaders, ...success },
      '400': errorResponse,
      '401': errorResponse,
      ...(operation.access !== 'read' ? { '403': errorResponse } : {}),
      ...(operation.params ? { '404': errorResponse } : {}),
      ...(operation.maxJsonBytes ? { '413': errorResponse } : {}),
      '429': { $ref: '#/components/responses/RateLimited' },
    },
  };
}

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the operations the route handlers validate
 * with (ALL_OPERATIONS), served at /api/v1/openapi.json.
 */
export function buildOpenApiDocument(publicUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of ALL_OPERATIONS) {
    paths[operation.path] ??= {};
    (paths[operation.path] as Record<string, unknown>)[operation.method.toLowerCase()] =
      operationObject(operation);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kensa API',
      version: '1',
      description:
        'E-mail sender-authentication audits and adoption history. Authenticate with an API token ' +
        '(created by an admin under Settings → API tokens): `Authorization: Bearer kensa_…`. ' +
        'Errors are `{ "error": { "code", "message", "details"? } }`. Requests are rate limited per ' +
        'token; see the RateLimit-* headers, and Retry-After on 429. Lists are paginated by cursor: ' +
        'pass `nextCursor` back as `cursor` until it is null (docs/api.md has a worked example).',
    },
    servers: [{ url: new URL('/api/v1', publicUrl).toString() }],
    security: [{ bearerToken: [] }],
    paths,
    components: {
      securitySchemes: { bearerToken: { type: 'http', scheme: 'bearer' } },
      headers: {
        'RateLimit-Limit': integerHeader('Requests allowed per one-minute window'),
        'RateLimit-Remaining': integerHeader('Requests left in the current window'),
        'RateLimit-Reset': integerHeader('Seconds until the window resets'),
        'Retry-After': integerHeader('Seconds to wait before the next request'),
      },
      responses: {
        RateLimited: {
          description: 'Too many requests in this window (code `rate_limited`)',
          headers: { ...rateLimitHeaders, 'Retry-After': { $ref: '#/components/headers/Retry-After' } },
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
        Error: {
          description: 'An error, with a stable machine-readable code',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
            },
          },
        },
      },
    },
  };
}
