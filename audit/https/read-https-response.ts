import type { IncomingMessage } from 'node:http';
import type { HttpsFailure, HttpsOutcome, HttpsRequest } from './types';

const mediaTypeOf = (header: string | undefined) => (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

const tooLargeDetail = (target: HttpsRequest) => `more than ${target.maxBytes} bytes`;

/** What the status line and headers alone decide (RFC 8461 §3.3: no redirect, text/plain), or null to read the body. */
function judgeHeaders(response: IncomingMessage, target: HttpsRequest): HttpsOutcome | null {
  const status = response.statusCode ?? 0;
  const failed = (failure: HttpsFailure, detail: string): HttpsOutcome => ({
    outcome: 'failed',
    failure,
    detail,
  });
  if (status >= 300 && status < 400)
    return failed(
      'redirect',
      `HTTP ${status} to ${String(response.headers.location ?? '(no Location)').slice(0, 200)}`,
    );
  // A server error may pass; a 4xx says the file is not there.
  if (status >= 500) return { outcome: 'temporary', detail: `HTTP ${status}`, dns: [] };
  if (status !== 200) return failed('status', `HTTP ${status}`);
  const type = mediaTypeOf(response.headers['content-type']);
  if (target.mediaType !== undefined && type !== target.mediaType)
    return failed('content-type', `Content-Type "${type.slice(0, 100)}", not ${target.mediaType}`);
  if (Number(response.headers['content-length'] ?? 0) > target.maxBytes)
    return failed('too-large', tooLargeDetail(target));
  return null;
}

/** Judges a response and reads its body up to `target.maxBytes`, calling `finish` once with the outcome. */
export function readHttpsResponse(
  response: IncomingMessage,
  target: HttpsRequest,
  finish: (outcome: HttpsOutcome) => void,
): void {
  const verdict = judgeHeaders(response, target);
  if (verdict) {
    finish(verdict);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  response.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > target.maxBytes)
      finish({ outcome: 'failed', failure: 'too-large', detail: tooLargeDetail(target) });
    else chunks.push(chunk);
  });
  response.on('end', () => finish({ outcome: 'ok', body: Buffer.concat(chunks) }));
  response.on('error', (error) =>
    finish({ outcome: 'temporary', detail: `reading the body: ${error.message}`, dns: [] }),
  );
}
