import type { DomainExportFormat } from './domain-export-format';
import type { DomainExportRow } from './domain-export-rows';
import { domainsCsvStream } from './write-domains-csv';
import { domainsNdjsonStream } from './write-domains-ndjson';
import { domainsXlsxStream } from './write-domains-xlsx';

interface ExportFormat {
  contentType: string;
  extension: string;
  stream: (batches: AsyncGenerator<DomainExportRow[]>) => ReadableStream<Uint8Array>;
}

/** The formats of the domains export, by the `format` query value. */
export const DOMAIN_EXPORT_FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv', stream: domainsCsvStream },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    stream: domainsXlsxStream,
  },
  ndjson: { contentType: 'application/x-ndjson', extension: 'ndjson', stream: domainsNdjsonStream },
} as const satisfies Record<DomainExportFormat, ExportFormat>;
