import { describe, expect, it } from 'vitest';
import { ADOPTION_METRICS } from '@/lib/history/adoption-flags';
import { renderScorecardMail } from './render-scorecard-mail';
import type { ScorecardMailPayload, ScorecardSnapshot } from './scorecard-payload';

const PROFILE = '01900000-0000-7000-8000-000000000001';
const GROUP = '01900000-0000-7000-8000-000000000002';
// What an attacker controls: a registered name (IDNs are stored as Unicode) and, for this test, markup.
const HOSTILE = '<img src=x onerror=alert(1)>.example.jp';

const snapshot = (dmarc: number, status: 'compliant' | 'not_compliant'): ScorecardSnapshot => ({
  group: { id: GROUP, name: '検査省 <b>\r\nBcc: evil@attacker.example' },
  day: '2026-12-07',
  adoption: ADOPTION_METRICS.map((metric) => ({
    metric,
    percent: metric === 'dmarcPublished' ? dmarc : null,
    count: metric === 'dmarcPublished' ? dmarc / 10 : 0,
    known: metric === 'dmarcPublished' ? 10 : 0,
  })),
  compliance: [
    {
      profileId: PROFILE,
      name: { en: 'JP guideline', ja: 'JP ガイドライン' },
      percent: dmarc,
      count: 1,
      known: 2,
    },
  ],
  domains: [{ id: '01900000-0000-7000-8000-000000000003', name: HOSTILE, statuses: { [PROFILE]: status } }],
  memberCount: 1,
});

const payload = (language: 'ja' | 'en'): ScorecardMailPayload => {
  const { domains: _domains, ...previous } = snapshot(40, 'not_compliant');
  return {
    period: '2026-W50',
    language,
    scorecard: snapshot(60, 'compliant'),
    previous: { ...previous, period: '2026-W49' },
    changed: {
      total: 1,
      items: [{ name: HOSTILE, profileId: PROFILE, from: 'not_compliant', to: 'compliant' }],
    },
    expiring: [
      {
        subject: HOSTILE,
        profile: { en: 'JP guideline', ja: 'JP ガイドライン' },
        requirement: 'dmarc-reject',
        requirementTitle: { en: 'DMARC at reject', ja: 'DMARC reject' },
        expiresOn: '2026-12-20',
      },
    ],
  };
};

describe('renderScorecardMail', () => {
  it('writes the English mail: shares, the change in points since the previous one, changed domains', () => {
    const mail = renderScorecardMail(payload('en'), 'https://kensa.example.jp/');
    expect(mail.text).toContain('for 2026-W50 (figures of 2026-12-07)');
    expect(mail.text).toContain('previous scorecard (2026-W49)');
    expect(mail.text).toContain('- DMARC published: 60.0% (6/10) +20.00');
    expect(mail.text).toContain('- JP guideline: 60.0% (1/2) +20.00');
    expect(mail.text).toContain(`- ${HOSTILE} — JP guideline: not compliant → compliant`);
    expect(mail.text).toContain(`https://kensa.example.jp/groups/${GROUP}/compliance`);
    expect(mail.text).toContain('exceptions expiring within 30 days: 1');
    expect(mail.text).toContain(`- ${HOSTILE} — JP guideline: DMARC at reject, until 2026-12-20`);
    expect(mail.text).not.toContain('状況');
  });

  it('writes the Japanese mail in Japanese only', () => {
    const mail = renderScorecardMail(payload('ja'), 'https://kensa.example.jp');
    expect(mail.subject).toContain('状況レポート 2026-W50');
    expect(mail.text).toContain('前回（2026-W49）からの変化');
    expect(mail.text).toContain('- DMARC 設定: 60.0% (6/10) +20.00');
    expect(mail.text).toContain('JP ガイドライン: 非準拠 → 準拠');
    expect(mail.text).toContain('JP ガイドライン: DMARC reject（2026-12-20 まで）');
    expect(mail.html).toContain('<html lang="ja">');
    expect(mail.text).not.toContain('Details in Kensa');
  });

  it('escapes domain and group names in the HTML and keeps line breaks out of the subject', () => {
    for (const language of ['ja', 'en'] as const) {
      const mail = renderScorecardMail(payload(language), 'https://kensa.example.jp');
      expect(mail.html).not.toContain('<img');
      expect(mail.html).not.toContain('<b>');
      expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;.example.jp');
      expect(mail.subject).not.toMatch(/[\r\n]/);
      expect(mail.subject.startsWith('[Kensa] 検査省 <b> Bcc: evil@attacker.example: ')).toBe(true);
    }
  });

  it('says the first scorecard has no changes yet, and shows no change column', () => {
    const first: ScorecardMailPayload = {
      ...payload('en'),
      previous: null,
      changed: { total: 0, items: [] },
      expiring: [],
    };
    const mail = renderScorecardMail(first, 'https://kensa.example.jp');
    expect(mail.text).toContain('This is the first one');
    expect(mail.text).toContain('- DMARC published: 60.0% (6/10)\n');
    expect(mail.text).not.toContain('status changed');
    expect(mail.text).not.toContain('expiring');
  });
});
