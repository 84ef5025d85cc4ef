import type { ApiOperation } from './api-operation';

/**
 * Whether a request's body is one of the operation's `consumes` media types, which v1Route leaves
 * unread for the handler to stream, rather than the operation's JSON `body`.
 */
export function isRawBody(operation: Pick<ApiOperation, 'consumes'>, request: Request): boolean {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type !== '' && (operation.consumes ?? []).includes(type);
}
