import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailStatsTally } from '../audit/received-mail/mail-stats';
import type { PeriodUnit } from '../audit/received-mail/period-start';
import { mboxText, messageText } from '../testing/received-mail/mail-text';
import { readMailPaths } from './read-mail-paths';
import { runCli, runCliInProcess } from './testing/run-cli';

/**
 * `kensa mail-stats` over an mbox, a Maildir and an .eml written here, against issue 13's contract.
 * Trusted receiver: mx.kensa.test. Weeks in Asia/Tokyo unless said; comments give the JST time.
 */
const TRUSTED = 'mx.kensa.test';
let root: string;
let mbox: string;
let maildir: string;
let eml: string;

const message = (headers: Parameters<typeof messageText>[0]) =>
  messageText(headers, 'Hello.\nFrom the body.\n');

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kensa-mail-stats-'));
  mbox = join(root, 'inbox.mbox');
  maildir = join(root, 'Maildir');
  eml = join(root, 'one.eml');
  const messages = [
    // Mon 5 Jan 10:00: the trusted field on top; a forged "pass" below it claims the same id.
    message({
      messageId: '1@example.co.jp',
      received: ['Mon, 5 Jan 2026 10:00:00 +0900'],
      authResults: [
        `${TRUSTED};\n\tspf=pass smtp.mailfrom=bounce@news.example.co.jp;\n\tdkim=fail header.d=esp.example header.b=AAAA;\n\tdkim=pass header.d=example.co.jp header.b=BBBB;\n\tdmarc=pass header.from=example.co.jp`,
        `${TRUSTED}; spf=fail smtp.mailfrom=forged@evil.example`,
      ],
    }),
    // Sun 4 Jan 15:30 UTC = Mon 5 Jan 00:30 JST: next week in Tokyo, this week in UTC. Id in upper case.
    message({
      messageId: '2@example.co.jp',
      received: ['Sun, 4 Jan 2026 15:30:00 +0000', 'Sun, 4 Jan 2026 15:29:00 +0000'],
      authResults: [
        'MX.KENSA.TEST; spf=hardfail smtp.mailfrom=a@example.co.jp; dkim=fail header.d=a.example; dkim=fail header.d=b.example',
      ],
    }),
    // No Received: Date: Sun 4 Jan 23:00 JST. An unreadable field and another receiver's above the trusted one.
    message({
      messageId: '3@example.org',
      date: 'Sun, 4 Jan 2026 14:00:00 +0000',
      authResults: [
        'spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=evil.example',
        'relay.example.net; spf=pass smtp.mailfrom=x@relay.example.net',
        `${TRUSTED}; spf=none smtp.helo=h.example.org; dmarc=none header.from=example.org`,
      ],
    }),
    // Only another receiver's field: untrusted.
    message({
      messageId: '4@example.com',
      received: ['Tue, 6 Jan 2026 12:00:00 +0900'],
      authResults: ['relay.example.net; spf=pass smtp.mailfrom=a@example.com'],
    }),
    // No receive time at all: malformed.
    message({
      messageId: '5@example.com',
      authResults: [`${TRUSTED}; spf=pass smtp.mailfrom=a@example.com`],
    }),
    // Wed 7 Jan: the trusted field does not parse; the From field gives the sender domain.
    message({
      messageId: '11@example.ne.jp',
      received: ['Wed, 7 Jan 2026 12:00:00 +0900'],
      authResults: [`${TRUSTED}; spf`],
      from: 'Shop <info@shop.example.ne.jp>',
    }),
  ];
  // The sixth message has no header block at all.
  const text = mboxText(messages.slice(0, 5));
  await writeFile(
    mbox,
    `${text}From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n\nno header\n\n${mboxText(messages.slice(5))}`,
  );
  for (const sub of ['cur', 'new', 'tmp']) await mkdir(join(maildir, sub), { recursive: true });
  // A duplicate of message 1 (another path), one more for Tue 6 Jan, and one still in tmp/ (not read).
  await writeFile(join(maildir, 'cur', '1700000000.1.host:2,S'), messages[0] ?? '');
  await writeFile(
    join(maildir, 'new', '1700000001.2.host'),
    message({
      messageId: '8@example.com',
      received: ['Tue, 6 Jan 2026 12:00:00 +0900'],
      authResults: [`${TRUSTED}; spf=temperror smtp.mailfrom=x@other.example.com`],
    }),
  );
  await writeFile(
    join(maildir, 'tmp', '1700000002.3.host'),
    message({
      messageId: '9@example.com',
      received: ['Tue, 6 Jan 2026 12:00:00 +0900'],
      authResults: [`${TRUSTED}; spf=pass`],
    }),
  );
  // Sat 31 Jan 16:00 UTC = Sun 1 Feb 01:00 JST: February in Tokyo, January in UTC. CRLF, as sent.
  const crlf = messageText(
    {
      messageId: '10@example.net',
      received: ['Sat, 31 Jan 2026 16:00:00 +0000'],
      authResults: [
        `${TRUSTED}; spf=softfail smtp.mailfrom=<>; dkim=none; dmarc=fail header.from=example.net`,
      ],
    },
    'From the body\r\n',
    '\r\n',
  );
  await writeFile(eml, crlf);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function stats(...options: string[]) {
  const run = await runCli([
    'mail-stats',
    '--trusted',
    `other.example,${TRUSTED}`,
    ...options,
    '--json',
    mbox,
    maildir,
    eml,
  ]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as { periods: Array<{ start: string; messages: number }> } & Record<
    string,
    unknown
  >;
}

describe.concurrent('kensa mail-stats', () => {
  it('counts by ISO week in Asia/Tokyo by default, as the contract says', async () => {
    expect(await stats()).toEqual({
      messages: 10,
      counted: 6,
      untrusted: 1,
      duplicates: 1,
      malformed: 2,
      periods: [
        {
          start: '2025-12-29',
          messages: 1,
          senderDomains: 1,
          spf: { none: 1 },
          dkim: { none: 1 },
          dmarc: { none: 1 },
          spfPublishedShare: 0,
        },
        {
          start: '2026-01-05',
          messages: 4,
          senderDomains: 3,
          spf: { fail: 1, none: 1, pass: 1, temperror: 1 },
          dkim: { fail: 1, none: 2, pass: 1 },
          dmarc: { none: 3, pass: 1 },
          spfPublishedShare: 0.6667,
        },
        {
          start: '2026-01-26',
          messages: 1,
          senderDomains: 1,
          spf: { softfail: 1 },
          dkim: { none: 1 },
          dmarc: { fail: 1 },
          spfPublishedShare: 1,
        },
      ],
    });
  });

  // The refusals run the command in this process (runCliInProcess); the contract case above, installed.
  it('exits 2 with one line for a path it cannot read, printing nothing else', async () => {
    const run = await runCliInProcess([
      'mail-stats',
      '--trusted',
      TRUSTED,
      '--json',
      mbox,
      join(root, 'missing.mbox'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^kensa: cannot read ".*missing\.mbox": ENOENT\n$/);
  });

  it('refuses an unknown time zone', async () => {
    const run = await runCliInProcess([
      'mail-stats',
      '--trusted',
      TRUSTED,
      '--tz',
      'Mars/Base',
      '--json',
      mbox,
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});

/** The same reading the command does, in this process: one CLI start each would be slow on a loaded machine. */
async function periodsOf(by: PeriodUnit, timeZone: string) {
  const tally = new MailStatsTally({ trusted: [TRUSTED], by, timeZone });
  await readMailPaths([mbox, maildir, eml], (block) => tally.add(block));
  return tally.result().periods.map((p) => [p.start, p.messages]);
}

describe('mail-stats periods', () => {
  it('move the week and month boundaries with the time zone', async () => {
    expect(await periodsOf('week', 'UTC')).toEqual([
      ['2025-12-29', 2],
      ['2026-01-05', 3],
      ['2026-01-26', 1],
    ]);
    expect(await periodsOf('month', 'Asia/Tokyo')).toEqual([
      ['2026-01-01', 5],
      ['2026-02-01', 1],
    ]);
    expect(await periodsOf('month', 'UTC')).toEqual([['2026-01-01', 6]]);
  });

  it('refuses a directory that is not a Maildir, in one line', async () => {
    await expect(readMailPaths([root], () => {})).rejects.toThrow(
      /^cannot read ".*": a directory must be a Maildir \(cur\/, new\/\)$/,
    );
  });
});
