import { textStreamOfBatches } from './batch-stream';
import { toDomainExportRecord } from './domain-export-record';
import type { DomainExportRow } from './domain-export-rows';

/**
 * The domains as NDJSON: one JSON object per line (keys as the CSV header, flags true/false/null,
 * lists as arrays, times as ISO 8601 UTC), for scripts that read the export line by line.
 */
export function domainsNdjsonStream(batches: AsyncGenerator<DomainExportRow[]>): ReadableStream<Uint8Array> {
  return textStreamOfBatches(batches, '', (batch) =>
    batch.map((row) => `${JSON.stringify(toDomainExportRecord(row))}\n`).join(''),
  );
}
