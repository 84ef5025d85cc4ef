import { readDmarcInput } from '@/audit/dmarc-report/read-dmarc-input';
import type { AuditActor } from '@/lib/audit-log/record-audit-event';
import type { DmarcRouteName } from './dmarc-route';
import { type RecordReportDeps, type RecordReportResult, recordDmarcReport } from './record-dmarc-report';
import { recordRefusedDmarcInput } from './record-refused-dmarc-input';

export interface IngestedReport {
  orgName: string;
  reportId: string;
  policyDomain: string;
  result: RecordReportResult;
}

export interface IngestedInput {
  fileName: string;
  /** Why the whole input was refused (it is then in the Invalid list); null when it was read. */
  refused: string | null;
  reports: IngestedReport[];
}

/**
 * One uploaded or received input, read by the parser (`readDmarcInput`: every container, every
 * limit) and each report it carries stored by `recordDmarcReport`, one transaction per report. An
 * input the parser refuses is listed in the Invalid list with the reason, never its bytes.
 */
export async function ingestDmarcInput(
  actor: AuditActor,
  bytes: Uint8Array,
  input: { fileName: string; route: DmarcRouteName },
  deps: RecordReportDeps = {},
): Promise<IngestedInput> {
  const read = await readDmarcInput(bytes, input.fileName);
  if ('refused' in read) {
    await recordRefusedDmarcInput(
      actor,
      { fileName: input.fileName, reason: read.refused, sizeBytes: bytes.length, route: input.route },
      deps.db,
    );
    return { fileName: input.fileName, refused: read.refused, reports: [] };
  }
  const reports: IngestedReport[] = [];
  for (const report of read.reports) {
    const result = await recordDmarcReport(
      actor,
      report,
      { route: input.route, label: input.fileName, sizeBytes: bytes.length },
      deps,
    );
    reports.push({
      orgName: report.orgName,
      reportId: report.reportId,
      policyDomain: report.policyDomain,
      result,
    });
  }
  return { fileName: input.fileName, refused: null, reports };
}
