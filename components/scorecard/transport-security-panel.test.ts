import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n/translate';
import { readScorecardReport } from '@/lib/queries/scorecard-report';
import { TransportSecurityPanel } from './transport-security-panel';

const HOSTILE = '<img src=x onerror=alert(1)>';
const host = (i: number) => `mx${i}.example.jp`;
const stored = {
  status: 'complete',
  findings: [],
  dnssec: {
    status: 'complete',
    validated: true,
    domain: 'secure',
    mxHosts: [
      { host: HOSTILE, state: 'bogus' },
      ...Array.from({ length: 14 }, (_, i) => ({ host: host(i), state: 'secure' })),
    ],
    findings: [],
    temporaryFailures: [],
  },
  dane: {
    status: 'complete',
    hosts: [
      {
        host: host(0),
        dnssec: 'secure',
        tlsa: [{ usage: 3, selector: 1, matchingType: 1, data: `${'ab'.repeat(32)}${HOSTILE}` }],
        usable: true,
        certificateMatches: false,
      },
    ],
    findings: [],
    temporaryFailures: [],
  },
  starttls: {
    status: 'complete',
    hosts: [
      {
        host: host(0),
        outcome: 'tls',
        tlsVersion: HOSTILE,
        certificate: { nameMatches: true, trusted: true, notAfter: 'bad' },
      },
    ],
    findings: [],
  },
};
const render = (report: unknown, locale: 'en' | 'ja' = 'en') => {
  const parsed = readScorecardReport(report);
  if (!parsed) throw new Error('not a report');
  return renderToStaticMarkup(
    createElement(TransportSecurityPanel, { report: parsed, locale, t: translator(locale) }),
  );
};

describe('TransportSecurityPanel', () => {
  it('shows DNSSEC, TLSA and STARTTLS per MX host, escaped and bounded, in the reader’s language', () => {
    const html = render(stored, 'ja');
    expect(html).toContain('検証済み');
    expect(html).toContain('検証失敗（bogus）');
    expect(html).toContain('不一致');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
    expect(html.match(/data-testid="transport-host"/g)).toHaveLength(10);
    expect(html).toContain('ほか 5 件');
  });

  it('says DNSSEC is unknown without a validating resolver, and shows nothing for reports before it', () => {
    expect(
      render({ ...stored, dnssec: { ...stored.dnssec, validated: false, domain: 'unknown' } }),
    ).toContain('does not validate DNSSEC');
    expect(render({ status: 'complete', findings: [] })).toBe('');
  });
});
