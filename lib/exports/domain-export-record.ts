import type { Grade } from '@/lib/findings/compute-grade';
import type { Metric } from '@/lib/queries/domain-list-filter';
import { METRICS } from '@/lib/queries/domain-list-filter';
import type { DomainExportRow } from './domain-export-rows';

/**
 * Whether the row's flags are current. `stale`: the last scan did not complete, so the flags are
 * those of an earlier complete scan, or unknown if there was none (the table's staleness filter).
 */
export type ExportStatus = 'current' | 'stale' | 'not_scanned';

/** One exported domain; the keys are the column headers of every format, in this order. */
export type DomainExportRecord = {
  ascii: string;
  unicode: string;
  groups: string[];
  tags: string[];
  parked: boolean;
  lastScanAt: Date | null;
  status: ExportStatus;
  grade: Grade | null;
} & Record<Metric, boolean | null> & {
    errors: number;
    warnings: number;
    findingIds: string[];
    id: string;
    /** Per followed profile "profile: status" (issue 16), and "profile: requirement" for each one failed. */
    compliance: string[];
    complianceFailing: string[];
  };

/**
 * How a column is written: `text` and `list` came from DNS or a user (neutralised in spreadsheets),
 * `flag` is yes/no/unknown, `boolean` yes/no, `date` a time in KENSA_TIME_ZONE, `number` a number.
 */
export type ColumnKind = 'text' | 'list' | 'boolean' | 'flag' | 'date' | 'number';

export const DOMAIN_EXPORT_COLUMNS: ReadonlyArray<{ key: keyof DomainExportRecord; kind: ColumnKind }> = [
  { key: 'ascii', kind: 'text' },
  { key: 'unicode', kind: 'text' },
  { key: 'groups', kind: 'list' },
  { key: 'tags', kind: 'list' },
  { key: 'parked', kind: 'boolean' },
  { key: 'lastScanAt', kind: 'date' },
  { key: 'status', kind: 'text' },
  { key: 'grade', kind: 'text' },
  ...METRICS.map((key) => ({ key, kind: 'flag' as const })),
  { key: 'errors', kind: 'number' },
  { key: 'warnings', kind: 'number' },
  { key: 'findingIds', kind: 'list' },
  { key: 'id', kind: 'text' },
  { key: 'compliance', kind: 'list' },
  { key: 'complianceFailing', kind: 'list' },
];

/** The record of a row, keys in column order (NDJSON writes it as is). */
export function toDomainExportRecord(row: DomainExportRow): DomainExportRecord {
  return {
    ascii: row.ascii,
    unicode: row.unicode,
    groups: row.groups,
    tags: row.tags,
    parked: row.parked,
    lastScanAt: row.lastScanAt,
    status: !row.lastScanAt ? 'not_scanned' : row.stale || !row.scanned ? 'stale' : 'current',
    grade: row.grade,
    ...row.flags,
    errors: row.errors,
    warnings: row.warnings,
    findingIds: row.findingIds,
    id: row.id,
    compliance: row.compliance.map((c) => `${c.profile}: ${c.status}`),
    complianceFailing: row.compliance.flatMap((c) => c.failing.map((id) => `${c.profile}: ${id}`)),
  };
}

/** A spreadsheet's text for a flag: the three states of an adoption flag. */
export function flagText(value: boolean | null): 'yes' | 'no' | 'unknown' {
  return value === null ? 'unknown' : value ? 'yes' : 'no';
}

/** How list cells are joined in CSV and XLSX (NDJSON keeps arrays). */
export const LIST_SEPARATOR = '; ';
