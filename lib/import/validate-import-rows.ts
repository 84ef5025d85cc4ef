import { COLUMN_ALIASES, type ImportColumn, type ImportRow, importRow } from './import-row';
import type { RawRow } from './parse-delimited';

export interface GoodRow {
  line: number;
  row: ImportRow;
}

export interface BadRow {
  line: number;
  /** The row's first cell (the domain as written), cut short: shown back to the user as text. */
  value: string;
  reason: string;
}

export interface ValidatedImport {
  /** Optional columns the file has: only those are changed on domains that exist already. */
  columns: ImportColumn[];
  good: GoodRow[];
  bad: BadRow[];
}

const IMPORT_OPTIONAL: ImportColumn[] = ['groups', 'tags', 'parked', 'selectors', 'notes'];

function headerOf(row: RawRow): Array<ImportColumn | null> | null {
  const mapped = row.cells.map((cell) => COLUMN_ALIASES[cell.trim().toLowerCase()] ?? null);
  return mapped.includes('domain') ? mapped : null;
}

/**
 * Validates every row before anything is written: the domain through normalizeDomain (UTS #46,
 * RFC 1035 lengths), the other cells through the zod row schema, and a domain given twice. Without a
 * header row, the first cell of each row is the domain (a pasted list). Blank rows are skipped.
 */
export function validateImportRows(rows: RawRow[], extraGroup?: string): ValidatedImport {
  const nonEmpty = rows.filter((r) => r.cells.some((cell) => cell.trim() !== ''));
  const first = nonEmpty[0];
  const header = first ? headerOf(first) : null;
  const body = header ? nonEmpty.slice(1) : nonEmpty;
  const columns = header ? IMPORT_OPTIONAL.filter((c) => header.includes(c)) : [];
  const seen = new Map<string, number>();
  const good: GoodRow[] = [];
  const bad: BadRow[] = [];
  for (const raw of body) {
    const record: Record<string, string> = {};
    if (header) {
      header.forEach((column, i) => {
        if (column && record[column] === undefined) record[column] = raw.cells[i] ?? '';
      });
    } else record.domain = raw.cells[0] ?? '';
    if (extraGroup) record.groups = [record.groups ?? '', extraGroup].filter(Boolean).join(';');
    const value = (record.domain ?? '').trim().slice(0, 120);
    const parsed = importRow.safeParse({ ...record, domain: (record.domain ?? '').trim() });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path[0];
      bad.push({
        line: raw.line,
        value,
        reason: `${field && field !== 'domain' ? `${String(field)}: ` : ''}${issue?.message ?? 'invalid'}`,
      });
      continue;
    }
    const earlier = seen.get(parsed.data.domain.ascii);
    if (earlier !== undefined) {
      bad.push({ line: raw.line, value, reason: `same domain as line ${earlier}` });
      continue;
    }
    seen.set(parsed.data.domain.ascii, raw.line);
    good.push({ line: raw.line, row: parsed.data });
  }
  return { columns: extraGroup && !columns.includes('groups') ? [...columns, 'groups'] : columns, good, bad };
}
