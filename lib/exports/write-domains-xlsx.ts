import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutraliseFormula } from '@/lib/exports/spreadsheet-cell';
import {
  type ColumnKind,
  DOMAIN_EXPORT_COLUMNS,
  flagText,
  LIST_SEPARATOR,
  toDomainExportRecord,
} from './domain-export-record';
import type { DomainExportRow } from './domain-export-rows';
import { wallClockDate } from './local-date-time';
import { caughtUp, pullStreamOf, zipInputOf } from './xlsx-pacing';

type XlsxValue = string | number | boolean | Date | null;

const WIDTH: Record<ColumnKind, number> = { text: 30, list: 30, boolean: 8, flag: 10, date: 20, number: 9 };

/** A typed cell: text neutralised, numbers, booleans and dates as the spreadsheet's own types. */
function xlsxValue(kind: ColumnKind, value: unknown): XlsxValue {
  // An unknown flag is a value of its own ("unknown"), not an empty cell.
  if (kind === 'flag') return flagText((value ?? null) as boolean | null);
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'list':
      return neutraliseFormula((value as string[]).join(LIST_SEPARATOR));
    case 'date':
      return wallClockDate(value as Date);
    case 'boolean':
    case 'number':
      return value as boolean | number;
    default:
      return neutraliseFormula(String(value));
  }
}

async function writeWorkbook(batches: AsyncGenerator<DomainExportRow[]>, output: PassThrough): Promise<void> {
  // Shared strings would keep every distinct string in memory until the end; inline strings stream.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('domains', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = DOMAIN_EXPORT_COLUMNS.map(({ key, kind }) => ({
    key,
    width: WIDTH[kind],
    ...(kind === 'date' ? { style: { numFmt: 'yyyy-mm-dd hh:mm:ss' } } : {}),
  }));
  const header = sheet.addRow(DOMAIN_EXPORT_COLUMNS.map((column) => column.key));
  header.font = { bold: true };
  header.commit();
  // The next batch is read from the database while this one is zipped and downloaded: one ahead.
  // Its failure surfaces where it is awaited; the no-op handler only keeps Node from calling the
  // rejection unhandled (and ending the process) while the loop waits for the client.
  const ahead = () => {
    const batch = batches.next();
    batch.catch(() => {});
    return batch;
  };
  let next = ahead();
  for (let batch = await next; !batch.done; batch = await next) {
    if (output.destroyed) break; // the client went away
    next = ahead();
    for (const row of batch.value) {
      const record = toDomainExportRecord(row);
      sheet.addRow(DOMAIN_EXPORT_COLUMNS.map(({ key, kind }) => xlsxValue(kind, record[key]))).commit();
    }
    await caughtUp(zipInputOf(sheet), output);
  }
  if (output.destroyed) {
    await batches.return(undefined); // ends the reading (after a batch still in flight)
    return;
  }
  sheet.commit();
  await workbook.commit();
}

/**
 * The domains as an Excel workbook written with exceljs' streaming writer: rows are committed (and
 * zipped out) batch by batch, so memory stays flat; text cells are neutralised, counts are numbers,
 * parked is a boolean and the last scan a date on the users' clock.
 */
export function domainsXlsxStream(batches: AsyncGenerator<DomainExportRow[]>): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  writeWorkbook(batches, output).catch((error: unknown) => {
    if (output.destroyed) return; // the client went away: nothing to report
    console.error('xlsx export failed', error);
    output.destroy(error as Error);
  });
  return pullStreamOf(output);
}
