import { Buffer } from 'node:buffer';

const FROM_LINE = /(?:^|\n)From [^\n]*\n/g;

/**
 * The messages of an mbox (RFC 4155): each begins after a line starting "From ". Writers quote
 * such lines inside bodies (">From "), and a report's attachments are base64 or XML, where no
 * line starts so, so the quoting is not undone. Works on latin1 offsets, which are byte offsets.
 */
export function splitMbox(bytes: Uint8Array): Uint8Array[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const starts: { line: number; body: number }[] = [];
  for (const match of text.matchAll(FROM_LINE)) {
    const line = match.index + (match[0].startsWith('\n') ? 1 : 0);
    starts.push({ line, body: match.index + match[0].length });
  }
  return starts.map(({ body }, i) => bytes.subarray(body, starts[i + 1]?.line ?? bytes.length));
}
