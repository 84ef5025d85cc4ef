import { open } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DMARC_INPUT_LIMITS } from '../audit/dmarc-report/limits';
import { readDmarcInput } from '../audit/dmarc-report/read-dmarc-input';
import type { DmarcAggregateReport } from '../audit/dmarc-report/types';
import type { CliIo } from './cli-io';
import { dmarcReportJson } from './dmarc-report-json';
import { EXIT, UsageError } from './usage-error';

export const DMARC_REPORT_USAGE = 'kensa dmarc-report [--json] FILE… (.xml, .xml.gz, .zip, .eml, mbox)';

/**
 * `kensa dmarc-report`: the DMARC aggregate reports in each FILE (issue 14's CLI contract). Files
 * are read one by one; a refused file gets one line on stderr (`kensa: FILE: reason`) and the others
 * still print, so stdout is always the JSON array of every report read. Exit 2 if any was refused.
 */
export async function dmarcReportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new UsageError(`no file given\nusage: ${DMARC_REPORT_USAGE}`);
  const reports: DmarcAggregateReport[] = [];
  let refused = 0;
  for (const path of positionals) {
    const result = await readDmarcInput(await readInput(path), path);
    if ('reports' in result) reports.push(...result.reports);
    else {
      refused++;
      io.stderr(`kensa: ${JSON.stringify(path)}: ${result.refused}\n`);
    }
  }
  io.stdout(values.json ? `${JSON.stringify(reports.map(dmarcReportJson), null, 2)}\n` : summarise(reports));
  return refused > 0 ? EXIT.usage : EXIT.ok;
}

/** Reads at most one byte past the largest input: a larger file is refused without reading it all. */
async function readInput(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${JSON.stringify(path)}: ${error.code ?? error.message}`);
  });
  try {
    const buffer = Buffer.alloc(DMARC_INPUT_LIMITS.xmlInputBytes + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      length += bytesRead;
      if (bytesRead === 0 || length === buffer.length) return buffer.subarray(0, length);
    }
  } catch (error) {
    throw new UsageError(`cannot read ${JSON.stringify(path)}: ${(error as NodeJS.ErrnoException).code}`);
  } finally {
    await handle.close();
  }
}

function summarise(reports: DmarcAggregateReport[]): string {
  return reports
    .map(
      (report) =>
        `${report.policyDomain}  ${report.begin} – ${report.end}  ${report.orgName} (${report.reportId}): ` +
        `${report.records.length} records, ${report.messages} messages\n`,
    )
    .join('');
}
