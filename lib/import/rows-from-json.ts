import { z } from 'zod';
import { IMPORT_COLUMNS } from './import-row';
import type { RawRow } from './parse-delimited';
import { MAX_ROWS } from './read-import-input';

const text = z.string().max(1000);
/** List items are joined as a CSV cell would hold them, so they cannot contain its separators. */
const item = text.regex(/^[^;|]*$/, 'must not contain ";" or "|"');

/** One domain of a JSON import: the CSV columns as typed fields; validated as a CSV row would be. */
export const importJsonRows = z
  .array(
    z
      .object({
        domain: text,
        groups: z.array(item).max(50),
        tags: z.array(item).max(50),
        parked: z.boolean(),
        selectors: z.array(item).max(50),
        notes: z.string().max(2000),
      })
      .partial({ groups: true, tags: true, parked: true, selectors: true, notes: true })
      .strict(),
  )
  .min(1)
  .max(MAX_ROWS)
  // A field is a column, as in a CSV file: present on every row or on none, so that a row without
  // it cannot silently clear what another row's column would set.
  .refine((rows) => rows.every((row) => sameKeys(row, rows[0] ?? row)), {
    message: 'every row must have the same fields',
  });

export type ImportJsonRow = z.output<typeof importJsonRows>[number];

function sameKeys(a: object, b: object): boolean {
  const keys = Object.keys(a).sort().join();
  return keys === Object.keys(b).sort().join();
}

function cell(value: string | string[] | boolean | undefined): string {
  if (Array.isArray(value)) return value.join(';');
  return typeof value === 'boolean' ? String(value) : (value ?? '');
}

/**
 * JSON rows as the raw rows of a file with a header, so they take the one validation and plan path
 * (lib/import/validate-import-rows.ts). Line n is the n-th row (1-based); the header is line 0.
 */
export function rowsFromJson(rows: ImportJsonRow[]): RawRow[] {
  const first = rows[0] ?? { domain: '' };
  const columns = IMPORT_COLUMNS.filter((column) => column in first);
  return [
    { line: 0, cells: [...columns] },
    ...rows.map((row, i) => ({ line: i + 1, cells: columns.map((column) => cell(row[column])) })),
  ];
}
