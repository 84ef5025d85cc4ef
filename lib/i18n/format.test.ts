import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeMatch } from '@/lib/alerts/describe-alert';
import { localDateTime } from '@/lib/exports/local-date-time';
import { dayOf } from '@/lib/history/day-of';
import { reportFacts } from '@/lib/reports/report-labels';
import {
  formatBucket,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatPoints,
  type InstantStyle,
  kensaTimeZone,
} from './format';
import type { Locale } from './messages';
import { translator } from './translate';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

// 00:30 on New Year's Day in Tokyo, still 31 December in UTC: every date printed differs.
const NEW_YEAR = '2026-12-31T15:30:00.000Z';
const STYLES: InstantStyle[] = ['seconds', 'minutes', 'long', 'date'];

/** Everything Kensa prints from an instant, by whichever module prints it. */
function printed(locale: Locale): string[] {
  const report = {
    title: 'T',
    generatedAt: NEW_YEAR,
    previous: null,
    scopes: [],
    selection: { scopes: [], from: '2026-12-01', to: '2026-12-31', view: 'registered', granularity: 'day' },
  };
  const key = {
    kind: 'dkim_key_age',
    domain: 'a.test',
    domainId: 'd',
    selector: 's',
    fingerprint: 'f',
    ageDays: 400,
    firstSeenAt: NEW_YEAR,
    at: NEW_YEAR,
  } as const;
  return [
    ...STYLES.map((style) => formatDateTime(new Date(NEW_YEAR), locale, style)),
    dayOf(new Date(NEW_YEAR)),
    localDateTime(new Date(NEW_YEAR)),
    reportFacts(
      { ...report, selection: { ...report.selection, language: locale } } as never,
      translator(locale),
    )
      .map(([label, value]) => `${label}: ${value}`)
      .join('\n'),
    describeMatch(key, locale),
  ];
}

describe('dates follow KENSA_TIME_ZONE', () => {
  it('prints Tokyo by default, with the zone named', () => {
    vi.stubEnv('KENSA_TIME_ZONE', '');
    expect(kensaTimeZone()).toBe('Asia/Tokyo');
    expect(formatDateTime(NEW_YEAR, 'en')).toBe('1 Jan 2027, 00:30:00 GMT+9');
    expect(formatDateTime(NEW_YEAR, 'ja')).toBe('2027年1月1日 00:30:00 JST');
    expect(formatDateTime(NEW_YEAR, 'ja', 'minutes')).toBe('2027/01/01 0:30');
    expect(localDateTime(new Date(NEW_YEAR))).toBe('2027-01-01 00:30:00');
  });

  it.each(['en', 'ja'] as const)('changes every date printed (%s) when the setting changes', (locale) => {
    vi.stubEnv('KENSA_TIME_ZONE', 'Asia/Tokyo');
    const tokyo = printed(locale);
    vi.stubEnv('KENSA_TIME_ZONE', 'UTC');
    const utc = printed(locale);
    tokyo.forEach((text, i) => {
      expect(utc[i], text).not.toBe(text);
    });
    expect(utc[0]).toContain('31');
    expect(utc).toContain('2026-12-31 15:30:00');
  });

  it('takes an explicit zone over the setting (alert mails pass their settings)', () => {
    vi.stubEnv('KENSA_TIME_ZONE', 'UTC');
    expect(formatDateTime(NEW_YEAR, 'en', 'minutes', 'America/New_York')).toBe('31 Dec 2026, 10:30');
  });

  it('refuses to read the zone in a browser, where the setting cannot be seen', () => {
    vi.stubGlobal('window', {});
    expect(() => formatDateTime(NEW_YEAR, 'en')).toThrow(/server-only/);
    expect(formatNumber(1234, 'en')).toBe('1,234');
  });
});

describe('calendar days and numbers do not depend on the zone', () => {
  it.each(['Asia/Tokyo', 'UTC', 'Pacific/Honolulu'])('in %s', (zone) => {
    vi.stubEnv('KENSA_TIME_ZONE', zone);
    expect(formatBucket('2026-06-29', 'week', 'en')).toBe('w/c 29 Jun 2026');
    expect(formatBucket('2026-08-01', 'month', 'ja')).toBe('2026年8月');
    expect(formatBucket('2026-08-01', 'month', 'en', 'axis')).toBe('Aug 26');
    expect(formatBucket('2026-08-31', 'day', 'ja', 'axis')).toBe('8/31');
    expect(formatPercent(0.9341, 'en')).toBe('93.41%');
    expect(formatPoints(-0.4, 'ja')).toBe('−0.40');
    expect(formatPoints(-0.001, 'en')).toBe('±0.00');
    expect(formatNumber(12.345, 'en', { max: 2 })).toBe('12.35');
  });
});
