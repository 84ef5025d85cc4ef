import { describe, expect, it } from 'vitest';
import type { AlertPayload } from './alert-payload';
import { headerSafe, renderAlertMail } from './render-alert-mail';

const payload = (name: string, total = 1): AlertPayload => ({
  rule: {
    id: '01900000-0000-7000-8000-000000000001',
    name,
    kind: 'adoption_fell',
    digest: 'none',
    params: { metric: 'dmarcPublished', points: 5, compare: 'previous-day' },
  },
  total,
  matches: [
    {
      id: '01900000-0000-7000-8000-000000000002',
      detail: {
        kind: 'adoption_fell',
        scope: '01900000-0000-7000-8000-000000000003',
        scopeName: '<img src=x onerror=alert(1)> 省庁',
        metric: 'dmarcPublished',
        day: '2026-11-28',
        baselineDay: '2026-11-27',
        fromPercent: 90,
        toPercent: 80,
        at: '2026-11-28T01:00:00.000Z',
      },
    },
  ],
});

const render = (name: string, total?: number) =>
  renderAlertMail({
    deliveryId: '01900000-0000-7000-8000-0000000000ff',
    payload: payload(name, total),
    publicUrl: 'https://kensa.example.jp/',
    timeZone: 'Asia/Tokyo',
  });

describe('alert mail', () => {
  it('keeps CR, LF and other control characters out of the subject', () => {
    const { subject } = render('Rule\r\nBcc: evil@example.com\u0000\u2028x');
    expect(subject).not.toMatch(/[\p{Cc}\u2028]/u);
    expect(subject).toBe('[Kensa] Rule Bcc: evil@example.com x: 1 件のアラート / 1 alert(s)');
    expect(headerSafe(' a\tb\u200e ')).toBe('a b');
  });

  it('escapes names in the HTML part and says each match in both languages', () => {
    const { html, text } = render('<b>rule</b>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>rule</b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; 省庁');
    expect(text).toContain('DMARC 設定が 90.00%（2026-11-27）から 80.00%（2026-11-28）に低下');
    expect(text).toContain('DMARC published fell from 90.00% (2026-11-27) to 80.00% (2026-11-28)');
    expect(text).toContain('https://kensa.example.jp/alerts/deliveries/01900000-0000-7000-8000-0000000000ff');
  });

  it('a digest lists the first matches and counts the rest', () => {
    const { text } = render('digest', 250);
    expect(text).toContain('ほか 249 件');
    expect(text).toContain('and 249 more');
  });
});
