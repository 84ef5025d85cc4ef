import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportMail } from '../testing/dmarc-report/report-mail';
import { syntheticReportXml } from '../testing/dmarc-report/synthetic-report';
import { zipArchive } from '../testing/dmarc-report/zip-archive';
import { runCli, runCliInProcess } from './testing/run-cli';

/** `kensa dmarc-report --json FILE…` against issue 14's CLI contract, on files written here. */
const fixture = (name: string) =>
  readFileSync(new URL(`../audit/dmarc-report/fixtures/${name}`, import.meta.url));
const REPORT_KEYS = [
  'orgName',
  'reportId',
  'policyDomain',
  'begin',
  'end',
  'policyPublished',
  'records',
  'messages',
];
const RECORD_KEYS = [
  'sourceIp',
  'count',
  'disposition',
  'dkimAligned',
  'spfAligned',
  'headerFrom',
  'envelopeFrom',
  'dkim',
  'spf',
];
let root: string;
const file = (name: string) => join(root, name);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kensa-dmarc-report-'));
  const rfc9990 = fixture('rfc9990-namespaced.xml');
  await Promise.all([
    writeFile(file('mixed.xml'), fixture('mixed-case-two-records.xml')),
    writeFile(file('rfc9990.xml.gz'), gzipSync(rfc9990)),
    writeFile(
      file('two.zip'),
      zipArchive([
        { name: 'a.xml', data: syntheticReportXml({ records: 2, reportId: 'zip-a' }) },
        { name: 'b.xml', data: syntheticReportXml({ records: 1, reportId: 'zip-b' }) },
      ]),
    ),
    writeFile(
      file('report.eml'),
      reportMail({
        attachments: [{ name: 'r.xml.gz', contentType: 'application/gzip', data: gzipSync(rfc9990) }],
      }),
    ),
    writeFile(file('doctype.xml'), fixture('doctype-billion-laughs.xml')),
    writeFile(file('bomb.xml.gz'), gzipSync(Buffer.alloc(51 * 1024 * 1024, 0x20))),
    writeFile(file('truncated.xml.gz'), gzipSync(rfc9990).subarray(0, 100)),
    writeFile(file('rss.xml'), fixture('not-dmarc.xml')),
  ]);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

// The first case runs the installed command; the others run it in this process (runCliInProcess).
describe('kensa dmarc-report', () => {
  it('prints one object per report with exactly the contract keys, normalised; absent sp prints p', async () => {
    const run = await runCli([
      'dmarc-report',
      '--json',
      file('mixed.xml'),
      file('rfc9990.xml.gz'),
      file('two.zip'),
      file('report.eml'),
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const reports = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(reports.map((report) => report.reportId)).toEqual([
      'rx-2026-11-30-0001',
      'rfc9990-0042',
      'zip-a',
      'zip-b',
      'rfc9990-0042',
    ]);
    for (const report of reports) {
      expect(Object.keys(report)).toEqual(REPORT_KEYS);
      expect(Object.keys(report.policyPublished as object)).toEqual(['p', 'sp', 'pct', 'np']);
      for (const record of report.records as Record<string, unknown>[]) {
        expect(Object.keys(record)).toEqual(RECORD_KEYS);
        for (const dkim of record.dkim as object[])
          expect(Object.keys(dkim)).toEqual(['domain', 'selector', 'result']);
        for (const spf of record.spf as object[])
          expect(Object.keys(spf)).toEqual(['domain', 'scope', 'result']);
      }
    }
    expect(reports[0]).toEqual({
      orgName: 'Mail Receiver Example',
      reportId: 'rx-2026-11-30-0001',
      policyDomain: 'kensa.example',
      begin: '2026-11-30T00:00:00Z',
      end: '2026-11-30T23:59:59Z',
      policyPublished: { p: 'quarantine', sp: 'quarantine', pct: 50, np: null },
      records: [
        {
          sourceIp: '192.0.2.25',
          count: 12,
          disposition: 'none',
          dkimAligned: 'pass',
          spfAligned: 'fail',
          headerFrom: 'kensa.example',
          envelopeFrom: 'bounce.kensa.example',
          dkim: [
            { domain: 'kensa.example', selector: 'k2026', result: 'pass' },
            { domain: 'esp.example', selector: null, result: 'pass' },
          ],
          spf: [{ domain: 'bounce.kensa.example', scope: 'mfrom', result: 'softfail' }],
        },
        {
          sourceIp: '2001:db8::1f',
          count: 3,
          disposition: 'quarantine',
          dkimAligned: 'fail',
          spfAligned: 'fail',
          headerFrom: 'kensa.example',
          envelopeFrom: null,
          dkim: [],
          spf: [{ domain: '', scope: 'helo', result: 'none' }],
        },
      ],
      messages: 15,
    });
    expect(reports[1]?.policyPublished).toEqual({ p: 'reject', sp: 'quarantine', pct: null, np: 'reject' });
  });

  it.each([
    ['doctype.xml', 'DOCTYPE'],
    ['bomb.xml.gz', 'too large'],
    ['truncated.xml.gz', 'not a DMARC aggregate report'],
    ['rss.xml', 'not a DMARC aggregate report'],
  ])('refuses %s: exit 2 and one stderr line containing "%s"', async (name, words) => {
    const run = await runCliInProcess(['dmarc-report', '--json', file(name)]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')).toEqual([expect.stringContaining(words), '']);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it('with several files, prints the readable ones and one line per refused file, exit 2', async () => {
    const run = await runCliInProcess([
      'dmarc-report',
      '--json',
      file('doctype.xml'),
      file('mixed.xml'),
      file('rss.xml'),
    ]);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toEqual([expect.stringContaining('doctype.xml'), expect.stringContaining('rss.xml')]);
    expect((JSON.parse(run.stdout) as { reportId: string }[]).map((report) => report.reportId)).toEqual([
      'rx-2026-11-30-0001',
    ]);
  });

  it('without --json prints a line per report; no file or a missing file is a usage error', async () => {
    const plain = await runCliInProcess(['dmarc-report', file('two.zip')]);
    expect(plain.stdout.split('\n')).toEqual([
      expect.stringMatching(
        /^kensa\.example {2}2026-11-30T00:00:00Z – 2026-11-30T23:59:59Z {2}receiver\.example \(zip-a\): 2 records, \d+ messages$/,
      ),
      expect.stringMatching(/\(zip-b\): 1 records, \d+ messages$/),
      '',
    ]);
    const none = await runCliInProcess(['dmarc-report', '--json']);
    expect(none).toMatchObject({ code: 2, stderr: expect.stringContaining('no file given') });
    const missing = await runCliInProcess(['dmarc-report', '--json', file('nowhere.xml')]);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('ENOENT') });
  });
});
