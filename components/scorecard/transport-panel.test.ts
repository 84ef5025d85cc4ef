import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n/translate';
import { readScorecardReport } from '@/lib/queries/scorecard-report';
import { TransportPanel } from './transport-panel';

const HOSTILE = '<img src=x onerror=alert(1)>';
const stored = {
  status: 'complete',
  findings: [
    { id: 'mta-sts.mode-testing', severity: 'info', rfc: 'RFC 8461 §5', message: 'm', evidence: {} },
    { id: 'bimi.no-authority', severity: 'info', rfc: '', message: 'm', evidence: { record: HOSTILE } },
    { id: 'spf.missing', severity: 'warning', rfc: '', message: 'm', evidence: {} },
  ],
  mtaSts: {
    status: 'complete',
    record: { raw: `v=STSv1; id=1; x=${'y'.repeat(2000)}`, id: '1' },
    policy: { mode: 'testing', mx: ['*.example.jp', HOSTILE], maxAge: 1209600 },
    uncoveredMx: [],
    findings: [],
    temporaryFailures: [],
  },
  bimi: {
    status: 'skipped',
    record: { raw: `v=BIMI1; l=${HOSTILE}`, location: HOSTILE, authority: null },
    logoValid: null,
    dmarcEligible: true,
    findings: [],
    temporaryFailures: [],
  },
};
const render = (report: unknown, locale: 'en' | 'ja' = 'en') => {
  const parsed = readScorecardReport(report);
  if (!parsed) throw new Error('not a report');
  return renderToStaticMarkup(
    createElement(TransportPanel, { report: parsed, locale, t: translator(locale) }),
  );
};

describe('TransportPanel', () => {
  it('shows each section with its own findings, in the reader’s language', () => {
    const html = render(stored);
    expect(html).toContain('MTA-STS (RFC 8461)');
    expect(html).toContain('testing');
    expect(html).toContain('1,209,600 s (14 d)');
    expect(html).toContain('mta-sts.mode-testing');
    expect(html).toContain('bimi.no-authority');
    expect(html).not.toContain('spf.missing');
    expect(html).toContain('HTTPS fetching is off');
    // A report stored before these checks has no TLS-RPT section: not checked, never "none".
    expect(html).toContain('Not checked in this scan');
    expect(render(stored, 'ja')).toContain('レコードのみ確認');
  });

  it('escapes and bounds what DNS and HTTPS servers wrote', () => {
    const html = render(stored);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('y'.repeat(600));
  });
});
