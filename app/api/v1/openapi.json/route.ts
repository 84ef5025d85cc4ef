import { buildOpenApiDocument } from '@/lib/api/v1/openapi';
import { env } from '@/lib/env';

/** The OpenAPI document is public: it describes the API, it holds no data. */
export function GET(): Response {
  return Response.json(buildOpenApiDocument(env().KENSA_PUBLIC_URL), {
    headers: { 'Cache-Control': 'public, max-age=300' },
  });
}
