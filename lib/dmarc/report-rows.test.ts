import { describe, expect, it } from 'vitest';
import { sampleRecord, sampleReport } from '@/testing/dmarc-report/sample-report';
import { canonicalIp, learnedSelectors, recordRows } from './report-rows';

describe('report rows', () => {
  it('writes addresses one way, so an approval matches however a reporter spelt them', () => {
    expect(canonicalIp(' 2001:DB8:0:0:0:0:0:1 ')).toBe('2001:db8::1');
    expect(canonicalIp('::ffff:192.0.2.1')).toBe('192.0.2.1');
  });

  it('tells SPF or DKIM that passed unaligned from aligned, and names a provider from the SPF domain', () => {
    const [row] = recordRows(
      sampleReport({}, [
        sampleRecord({
          spfAligned: 'fail',
          dkimAligned: 'fail',
          spf: [{ domain: 'a1.bounces.amazonses.com', scope: 'mfrom', result: 'pass' }],
          dkim: [{ domain: 'amazonses.com', selector: 'x', result: 'pass' }],
        }),
      ]),
    );
    expect(row).toMatchObject({
      spfAuthPass: true,
      spfAligned: false,
      dkimAuthPass: true,
      provider: 'amazon-ses',
    });
  });

  it("learns selectors signing as the policy domain or below it, never a third party's or a malformed one", () => {
    const report = sampleReport({}, [
      sampleRecord({
        dkim: [
          { domain: 'Reports.Test', selector: 'K7Q2', result: 'pass' },
          { domain: 'news.reports.test', selector: 'nl', result: 'fail' },
          { domain: 'sendgrid.net', selector: 's1', result: 'pass' },
          { domain: 'reports.test', selector: 'bad selector', result: 'pass' },
          { domain: 'reports.test', selector: null, result: 'pass' },
        ],
      }),
    ]);
    expect(learnedSelectors(report)).toEqual([
      { domain: 'reports.test', selector: 'k7q2' },
      { domain: 'news.reports.test', selector: 'nl' },
    ]);
  });
});
