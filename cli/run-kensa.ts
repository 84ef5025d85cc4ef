import { AUDIT_USAGE, auditCommand } from './audit-command';
import { AUTHRES_USAGE, authresCommand } from './authres-command';
import type { CliIo } from './cli-io';
import { DMARC_REPORT_USAGE, dmarcReportCommand } from './dmarc-report-command';
import { MAIL_STATS_USAGE, mailStatsCommand } from './mail-stats-command';
import { SPF_EVAL_USAGE, spfEvalCommand } from './spf-eval-command';
import { EXIT, UsageError } from './usage-error';

const USAGE = `usage:
  ${AUDIT_USAGE}
  ${SPF_EVAL_USAGE}
  ${AUTHRES_USAGE}
  ${MAIL_STATS_USAGE}
  ${DMARC_REPORT_USAGE}

exit status: 0 done, 2 bad input (a refused DMARC report among it), 3 a report is partial (a DNS lookup failed temporarily)`;

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  audit: auditCommand,
  'spf-eval': spfEvalCommand,
  authres: authresCommand,
  'mail-stats': mailStatsCommand,
  'dmarc-report': dmarcReportCommand,
};

/**
 * The `kensa` command on `argv` (without node and the script): its exit status. Bad input is a
 * message on stderr and exit 2, never a stack trace; any other failure is its message and exit 1.
 */
export async function runKensa(argv: string[], io: CliIo): Promise<number> {
  try {
    const [name, ...args] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      io.stdout(`${USAGE}\n`);
      return name ? EXIT.ok : EXIT.usage;
    }
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`unknown command "${name}"\n${USAGE}`);
    return await command(args, io);
  } catch (error) {
    const usage =
      error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    io.stderr(`kensa: ${error instanceof Error ? error.message : String(error)}\n`);
    return usage ? EXIT.usage : EXIT.failure;
  }
}
