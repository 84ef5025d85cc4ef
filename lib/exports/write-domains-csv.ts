import { CSV_BOM, csvLine } from '@/lib/exports/spreadsheet-cell';
import { textStreamOfBatches } from './batch-stream';
import {
  type ColumnKind,
  DOMAIN_EXPORT_COLUMNS,
  flagText,
  LIST_SEPARATOR,
  toDomainExportRecord,
} from './domain-export-record';
import type { DomainExportRow } from './domain-export-rows';
import { localDateTime } from './local-date-time';

type CsvValue = string | number | null;

function csvValue(kind: ColumnKind, value: unknown): CsvValue {
  // An unknown flag is a value of its own ("unknown"), not an empty cell.
  if (kind === 'flag') return flagText((value ?? null) as boolean | null);
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'list':
      return (value as string[]).join(LIST_SEPARATOR);
    case 'boolean':
      return value ? 'yes' : 'no';
    case 'date':
      return localDateTime(value as Date);
    case 'number':
      return value as number;
    default:
      return String(value);
  }
}

function csvLines(batch: DomainExportRow[]): string {
  return batch
    .map((row) => {
      const record = toDomainExportRecord(row);
      return csvLine(DOMAIN_EXPORT_COLUMNS.map(({ key, kind }) => csvValue(kind, record[key])));
    })
    .join('');
}

/**
 * The domains as CSV (RFC 4180, CRLF) with a UTF-8 BOM so that Excel in Japan opens it as UTF-8;
 * every text cell goes through csvField, which neutralises formulas. Dates are on the users' clock.
 */
export function domainsCsvStream(batches: AsyncGenerator<DomainExportRow[]>): ReadableStream<Uint8Array> {
  const header = csvLine(DOMAIN_EXPORT_COLUMNS.map((column) => column.key));
  return textStreamOfBatches(batches, CSV_BOM + header, csvLines);
}
