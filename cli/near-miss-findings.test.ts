import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../audit/report';
import { type FixtureKnot, startFixtureKnot } from './testing/fixture-knot';
import { runCli } from './testing/run-cli';

/**
 * Every near-miss the fixture zone publishes (cli/audit-findings.test.ts covers one domain per id):
 * the `kensa` CLI over Knot reports the finding with the record and the fix an operator needs, in
 * --json and in the text report, and keeps the *.missing finding the discarded record leaves.
 */
const SPF_FIX = 'v=spf1 include:_spf.kensa-mail.test -all';
const dmarcFix = (domain: string) => `v=DMARC1; p=reject; rua=mailto:dmarc@${domain}`;

const NEAR_MISSES: Array<[string, 'spf.near-miss' | 'dmarc.near-miss', string, string]> = [
  ['spf-near-miss.test', 'spf.near-miss', 'version-not-first', SPF_FIX],
  ['spf-near-miss-version.test', 'spf.near-miss', 'version-malformed', SPF_FIX],
  ['spf-near-miss-no-v.test', 'spf.near-miss', 'version-malformed', SPF_FIX],
  ['spf-near-miss-space.test', 'spf.near-miss', 'leading-space', SPF_FIX],
  ['spf-near-miss-quoted.test', 'spf.near-miss', 'quoted', SPF_FIX],
  ['dmarc-near-miss.test', 'dmarc.near-miss', 'version-not-first', dmarcFix('dmarc-near-miss.test')],
  [
    'dmarc-near-miss-case.test',
    'dmarc.near-miss',
    'version-malformed',
    dmarcFix('dmarc-near-miss-case.test'),
  ],
  ['dmarc-near-miss-space.test', 'dmarc.near-miss', 'leading-space', dmarcFix('dmarc-near-miss-space.test')],
  ['dmarc-near-miss-no-v.test', 'dmarc.near-miss', 'version-missing', dmarcFix('dmarc-near-miss-no-v.test')],
];

const MISPLACED: Array<
  [string, 'spf.misplaced' | 'dmarc.misplaced' | 'dkim.misplaced', string, string | null]
> = [
  ['spf-misplaced.test', 'spf.misplaced', '_spf.spf-misplaced.test', 'spf-label'],
  [
    'spf-misplaced-doubled.test',
    'spf.misplaced',
    'spf-misplaced-doubled.test.spf-misplaced-doubled.test',
    'doubled-origin',
  ],
  ['spf-misplaced-type-99.test', 'spf.misplaced', 'spf-misplaced-type-99.test', 'rr-type-99'],
  ['dmarc-misplaced.test', 'dmarc.misplaced', 'dmarc-misplaced.test', 'apex'],
  [
    'dmarc-misplaced-no-underscore.test',
    'dmarc.misplaced',
    'dmarc.dmarc-misplaced-no-underscore.test',
    'no-underscore',
  ],
  [
    'dmarc-misplaced-doubled.test',
    'dmarc.misplaced',
    '_dmarc.dmarc-misplaced-doubled.test.dmarc-misplaced-doubled.test',
    'doubled-origin',
  ],
  ['dkim-misplaced.test', 'dkim.misplaced', '_domainkey.dkim-misplaced.test', null],
];

const MISSING: Record<string, string> = {
  spf: 'spf.missing',
  dmarc: 'dmarc.missing',
  dkim: 'dkim.none-found',
};
const domains = [
  ...NEAR_MISSES.map(([domain]) => domain),
  ...MISPLACED.map(([domain]) => domain),
  'dkim-key-invalid-version.test',
  'case-insensitive.test',
];

let knot: FixtureKnot;
const reports = new Map<string, AuditReport>();

beforeAll(async () => {
  knot = await startFixtureKnot();
  const run = await runCli(['audit', '--dns', knot.dns, '--json', ...domains]);
  expect(run.stderr).toBe('');
  for (const report of JSON.parse(run.stdout) as AuditReport[]) reports.set(report.domain, report);
});
afterAll(async () => {
  await knot?.stop();
});

const findingsAt = (domain: string) => {
  const report = reports.get(domain);
  expect(report?.status, `${domain}: a fixture lookup failed`).toBe('complete');
  return report?.findings ?? [];
};

describe('kensa audit --json: near-misses over the fixture zone', () => {
  it.each(NEAR_MISSES)('%s: %s (%s), with the record, the fix, and *.missing', (domain, id, problem, fix) => {
    const findings = findingsAt(domain);
    expect(findings.find((f) => f.id === id)?.evidence).toMatchObject({ problem, fix });
    expect(findings.map((f) => f.id)).toContain(MISSING[id.split('.')[0] ?? '']);
  });

  it.each(MISPLACED)('%s: %s at %s (%s), and *.missing', (domain, id, name, mistake) => {
    const findings = findingsAt(domain);
    const evidence = findings.find((f) => f.id === id)?.evidence;
    expect(evidence).toMatchObject({ name, ...(mistake ? { mistake } : {}) });
    expect(evidence?.record).toMatch(/^v=(spf1|DMARC1|DKIM1)/);
    expect(findings.map((f) => f.id)).toContain(MISSING[id.split('.')[0] ?? '']);
  });

  it('a type-99-only record is not spf.rr-type-99 too', () => {
    expect(findingsAt('spf-misplaced-type-99.test').map((f) => f.id)).not.toContain('spf.rr-type-99');
  });

  it('a misspelt DKIM version is an unusable key, not an unseen one', () => {
    // Of the sender-authentication findings (it also receives mail without MTA-STS or TLS-RPT).
    const findings = findingsAt('dkim-key-invalid-version.test').filter(
      (f) => !/^(mta-sts|tls-rpt)\./.test(f.id),
    );
    expect(findings.map((f) => f.id)).toEqual(['dkim.key-invalid']);
    expect(findings[0]?.message).toContain('v=DKMI1');
  });

  it('valid spellings that look wrong report nothing and are read as records', () => {
    const report = reports.get('case-insensitive.test');
    expect(report?.findings.filter((f) => f.severity !== 'info').map((f) => f.id)).toEqual([]);
    expect(report?.findings.map((f) => f.id)).not.toContain('spf.near-miss');
    expect(report?.spf.record).toMatch(/^V=SPF1 /);
    expect(report?.dmarc.policy?.p).toBe('reject');
  });
});

describe('kensa audit (text): the operator sees the record and the fix', () => {
  it('dmarc-near-miss.test', async () => {
    const run = await runCli(['audit', '--dns', knot.dns, 'dmarc-near-miss.test']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('[warning] dmarc.missing');
    expect(run.stdout).toContain(
      '[info] dmarc.near-miss: A TXT record meant as DMARC is discarded: "p=reject; v=DMARC1; rua=mailto:dmarc@dmarc-near-miss.test" at _dmarc.dmarc-near-miss.test: "v=DMARC1" is not its first tag; publish "v=DMARC1; p=reject; rua=mailto:dmarc@dmarc-near-miss.test" (RFC 7489 §6.6.3)',
    );
  });
});
