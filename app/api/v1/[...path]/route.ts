import { ApiProblem } from '@/lib/api/v1/api-problem';

/** Any other path under /api/v1 answers as the API does (JSON with a code), not with an HTML page. */
function unknownEndpoint(): Response {
  return new ApiProblem(404, 'not_found', 'No such API endpoint; see /api/v1/openapi.json.').toResponse();
}

export const GET = unknownEndpoint;
export const POST = unknownEndpoint;
export const PATCH = unknownEndpoint;
export const PUT = unknownEndpoint;
export const DELETE = unknownEndpoint;
