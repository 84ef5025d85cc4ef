/** A request body read to at most `limit` bytes; `over` when it had more (the rest is not read). */
export interface BoundedBody {
  bytes: Uint8Array;
  over: boolean;
}

/**
 * Reads a request body as it streams in, holding at most `limit` bytes: past that the read stops
 * and the stream is cancelled, so a body of any size costs at most `limit` bytes of memory.
 */
export async function readBoundedBody(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<BoundedBody> {
  if (body === null) return { bytes: new Uint8Array(0), over: false };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (size + value.byteLength > limit) {
        chunks.push(value.subarray(0, limit - size));
        await reader.cancel();
        return { bytes: Buffer.concat(chunks, limit), over: true };
      }
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    reader.releaseLock();
  }
  return { bytes: Buffer.concat(chunks, size), over: false };
}
