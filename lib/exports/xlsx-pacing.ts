/**
 * Pacing the streamed XLSX export by its reader. exceljs' WorkbookWriter pushes rows into its zip
 * writer (archiver) without backpressure, so without this a slow download would buffer the sheet.
 */
import type { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';

/** Bytes waiting in a stream, read from the state Node's streams and readable-stream (archiver's) share. */
interface Buffered {
  _writableState?: { length: number };
  _readableState?: { length: number };
}

const backlogOf = (stream: Buffered) =>
  (stream._writableState?.length ?? 0) + (stream._readableState?.length ?? 0);

/** Raw sheet XML allowed to wait for the zip writer before the next batch is read (a few hundred rows). */
const MAX_BACKLOG = 256 * 1024;

/**
 * Where exceljs hands the sheet's XML to the zip writer: the sheet stream pipes (ignoring
 * backpressure) into a PassThrough that archiver reads only while the output has room. Its backlog is
 * the rows committed but not yet zipped out. exceljs does not expose it; without it only the output
 * is watched.
 */
export function zipInputOf(sheet: ExcelJS.Worksheet): Buffered | null {
  const pipes = (sheet as unknown as { stream?: { pipes?: unknown[] } }).stream?.pipes;
  const first = pipes?.[0] as Buffered | undefined;
  return first?._writableState ? first : null;
}

/**
 * Resolves once the committed rows have (nearly) all gone through the zip writer into `output` and
 * the client has read `output` down: the next batch is read only then, so a slow download holds about
 * one batch, however large the export. Polled, since archiver's streams signal nothing useful here.
 */
export async function caughtUp(zipInput: Buffered | null, output: PassThrough): Promise<void> {
  const behind = () =>
    !output.destroyed &&
    ((zipInput ? backlogOf(zipInput) : 0) > MAX_BACKLOG ||
      output.readableLength >= output.readableHighWaterMark);
  while (behind()) await new Promise((resolve) => setTimeout(resolve, 5));
}

/**
 * A web stream that takes a chunk from `output` only when the client asks for one (Readable.toWeb
 * in Node 20 queues as much as the source gives it, which would leave the output always empty).
 */
export function pullStreamOf(output: PassThrough): ReadableStream<Uint8Array> {
  const chunks = output[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(new Uint8Array(next.value as Buffer));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return?.();
    },
  });
}
