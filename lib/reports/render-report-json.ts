import type { AdoptionReport } from './adoption-report-schema';

/** The stored report as indented JSON (UTF-8): every figure unrounded, with its counts. */
export function renderReportJson(report: AdoptionReport): Buffer {
  return Buffer.from(`${JSON.stringify(report, null, 2)}\n`, 'utf8');
}
