/**
 * A byte stream of text written batch by batch, pull-based: the next batch is read (from the
 * database) only when the client has taken the previous one, so a slow download holds one batch in
 * memory, not the export. `head` goes out at once, before the first query. Cancelling the stream
 * (the client went away) ends the generator, which stops the reading.
 */
export function textStreamOfBatches<T>(
  batches: AsyncGenerator<T[]>,
  head: string,
  encode: (batch: T[]) => string,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (head) controller.enqueue(encoder.encode(head));
    },
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(encode(next.value)));
      } catch (error) {
        // The status (200) is sent: the download ends short, and the cause goes to the log.
        console.error('export failed while streaming', error);
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
