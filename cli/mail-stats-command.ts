import { parseArgs } from 'node:util';
import { MailStatsTally } from '../audit/received-mail/mail-stats';
import { isTimeZone } from '../audit/time-zone';
import type { CliIo } from './cli-io';
import { readMailPaths } from './read-mail-paths';
import { EXIT, UsageError } from './usage-error';

export const MAIL_STATS_USAGE =
  'kensa mail-stats --trusted ID[,ID…] [--by week|month] [--tz ZONE] [--json] PATH… (mbox, Maildir, .eml)';

/**
 * `kensa mail-stats`: SPF/DKIM/DMARC results of received mail as the trusted receivers recorded
 * them in Authentication-Results, by week (default) or month in a time zone (default Asia/Tokyo).
 */
export async function mailStatsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      trusted: { type: 'string' },
      by: { type: 'string', default: 'week' },
      tz: { type: 'string', default: 'Asia/Tokyo' },
      json: { type: 'boolean', default: false },
    },
  });
  const trusted = (values.trusted ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (trusted.length === 0) throw new UsageError(`give the trusted authserv-ids\nusage: ${MAIL_STATS_USAGE}`);
  if (values.by !== 'week' && values.by !== 'month') throw new UsageError(`--by must be week or month`);
  if (!isTimeZone(values.tz)) throw new UsageError(`--tz must be an IANA time zone such as Asia/Tokyo`);
  if (positionals.length === 0) throw new UsageError(`no mailbox given\nusage: ${MAIL_STATS_USAGE}`);
  const tally = new MailStatsTally({ trusted, by: values.by, timeZone: values.tz });
  await readMailPaths(positionals, (block) => tally.add(block));
  const stats = tally.result();
  if (values.json) {
    io.stdout(`${JSON.stringify(stats, null, 2)}\n`);
    return EXIT.ok;
  }
  const { messages, counted, untrusted, duplicates, malformed } = stats;
  const lines = [
    `${messages} messages: ${counted} counted, ${untrusted} untrusted, ${duplicates} duplicates, ${malformed} malformed`,
  ];
  for (const period of stats.periods) {
    const share = period.spfPublishedShare === null ? '-' : `${(period.spfPublishedShare * 100).toFixed(2)}%`;
    lines.push(
      `${period.start}  ${period.messages} messages, ${period.senderDomains} sender domains, SPF published ${share}`,
    );
  }
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
