import { UsageError } from './usage-error';

/** More than any header block: stdin past this is refused rather than held in memory. */
const MAX_STDIN_BYTES = 16 * 1024 * 1024;

/** All of stdin as UTF-8 text, refused (exit 2) past MAX_STDIN_BYTES. */
export async function readStdin(stdin: AsyncIterable<Buffer | string>): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = Buffer.from(chunk);
    size += bytes.length;
    if (size > MAX_STDIN_BYTES) throw new UsageError(`stdin is longer than ${MAX_STDIN_BYTES} bytes`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}
