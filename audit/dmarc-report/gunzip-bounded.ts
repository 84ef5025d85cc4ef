import { gunzipSync } from 'node:zlib';
import type { DecompressionBudget } from './decompression-budget';
import { refuseNotDmarc } from './refusal';

/** Line ends and spaces after the gzip trailer, as some reporters' mailers append (Mimecast: CRLF). */
const SPACE = new Set([0x0d, 0x0a, 0x09, 0x20]);

/**
 * Decompresses gzip (RFC 1952) with zlib, which stops as soon as the output passes what the budget
 * has left (`maxOutputLength`): the limit holds while decompressing, a bomb is never inflated.
 * zlib takes bytes after a member for another member, so white space appended after the trailer
 * fails the first try; it is dropped and tried once more. A truncated or corrupt stream is refused
 * with zlib's reason.
 */
export function gunzipBounded(bytes: Uint8Array, budget: DecompressionBudget): Uint8Array {
  try {
    return inflate(bytes, budget);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw budget.exceeded();
    let trimmed = bytes.length;
    while (trimmed > 0 && SPACE.has(bytes[trimmed - 1] ?? 0)) trimmed--;
    if (code === 'Z_DATA_ERROR' && trimmed < bytes.length)
      return gunzipBounded(bytes.subarray(0, trimmed), budget);
    throw refuseNotDmarc(`the gzip data is truncated or corrupt (${(error as Error).message})`);
  }
}

function inflate(bytes: Uint8Array, budget: DecompressionBudget): Uint8Array {
  const output = gunzipSync(bytes, { maxOutputLength: Math.max(1, budget.remaining) });
  budget.take(output.length);
  return output;
}
