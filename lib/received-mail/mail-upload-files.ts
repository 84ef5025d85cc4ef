import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import { type MailFile, MailUploadStop } from './ingest-mail-files';

/** Bytes one upload may carry in all: a year of a mailbox's mbox, not a disk image. */
export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;
/** Files one multipart upload may carry: a Maildir of this many messages is read in one go. */
export const MAX_UPLOAD_FILES = 100_000;
/** A file's name is only a label; longer names are cut, control characters dropped. */
const MAX_NAME = 200;

/**
 * The files of an upload request, each streamed as its bytes arrive: a multipart/form-data body
 * (browsers, `curl -F`) gives each file part, read by busboy one after the other; any other body is
 * one file named `name`. Bounds (attacker-controlled): MAX_UPLOAD_BYTES in all and MAX_UPLOAD_FILES
 * parts, passing either stops the read with a MailUploadStop, as does a body that breaks off or
 * multipart that does not parse.
 */
export function mailUploadFiles(
  request: Request,
  name: string,
  maxBytes: number = MAX_UPLOAD_BYTES,
): AsyncIterable<MailFile> {
  const body = request.body;
  if (body === null) return (async function* () {})();
  const input = Readable.fromWeb(body as ReadableStream<Uint8Array>);
  const budget = { left: maxBytes };
  const type = request.headers.get('content-type') ?? '';
  if (/^multipart\/form-data\b/i.test(type)) return multipartFiles(input, type, budget);
  return (async function* () {
    yield { name: labelOf(name), bytes: bounded(input, budget) };
  })();
}

/** A file name fit for a label: no control characters (it is shown and logged), bounded. */
export function labelOf(name: string): string {
  const clean = [...name]
    .filter((char) => char >= ' ' && char !== '\u007f')
    .join('')
    .trim()
    .slice(0, MAX_NAME);
  return clean === '' ? 'upload' : clean;
}

async function* bounded(stream: Readable, budget: { left: number }): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of stream) {
      const bytes = chunk as Uint8Array;
      // The bytes up to the bound are read: a message that ends within them still counts.
      if (bytes.byteLength > budget.left) {
        yield bytes.subarray(0, budget.left);
        throw new MailUploadStop('too-large');
      }
      budget.left -= bytes.byteLength;
      yield bytes;
    }
  } catch (error) {
    throw error instanceof MailUploadStop ? error : new MailUploadStop('aborted');
  }
}

async function* multipartFiles(
  input: Readable,
  contentType: string,
  budget: { left: number },
): AsyncGenerator<MailFile> {
  const parts: Array<{ name: string; stream: Readable }> = [];
  let finished = false;
  let failure: MailUploadStop | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const parser = busboy({
    headers: { 'content-type': contentType },
    limits: { files: MAX_UPLOAD_FILES, fileSize: budget.left + 1, fields: 20, fieldSize: 1024 },
  });
  parser.on('file', (_field, stream, info) => {
    parts.push({ name: labelOf(info.filename ?? ''), stream });
    notify();
  });
  parser.on('filesLimit', () => {
    failure ??= new MailUploadStop('too-many-files');
    notify();
  });
  parser.on('close', () => {
    finished = true;
    notify();
  });
  parser.on('error', () => {
    failure ??= new MailUploadStop('unreadable');
    notify();
  });
  input.on('error', () => {
    failure ??= new MailUploadStop('aborted');
    notify();
  });
  input.pipe(parser);
  try {
    for (;;) {
      const part = parts.shift();
      if (part !== undefined) {
        yield { name: part.name, bytes: bounded(part.stream, budget) };
        // Whatever the reader left of the part is drained, so busboy goes on to the next one.
        part.stream.resume();
      } else if (failure !== null) throw failure;
      else if (finished) return;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    input.unpipe(parser);
    input.destroy();
  }
}
