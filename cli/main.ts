import { AUDIT_USAGE, auditCommand } from './audit-command';
import { AUTHRES_USAGE, authresCommand } from './authres-command';
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

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  audit: auditCommand,
  'spf-eval': spfEvalCommand,
  authres: authresCommand,
  'mail-stats': mailStatsCommand,
  'dmarc-report': dmarcReportCommand,
};

/** The `kensa` command: a thin shell over audit/. Bad input is a message and exit 2, never a stack trace. */
async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command "${name}"\n${USAGE}`);
  return command(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage =
      error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`kensa: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = usage ? EXIT.usage : EXIT.failure;
  },
);
