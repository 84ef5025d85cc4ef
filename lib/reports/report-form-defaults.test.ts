import { describe, expect, it } from 'vitest';
import { nextReportHref, parseReportFormDefaults } from './report-form-defaults';

const GROUP = '01a2219d-6c09-774f-8a2a-c4f5e28655c1';
const fallback = { from: '2025-12-01', to: '2026-11-28', language: 'ja' as const };

describe('the new-report form defaults', () => {
  it('fall back to all domains, the twelve months to today and the reader language', () => {
    expect(parseReportFormDefaults({ scopes: 'bogus', view: 'x', to: '2026-02-30' }, fallback)).toEqual({
      scopes: ['all'],
      from: '2025-12-01',
      to: '2026-11-28',
      view: 'registered',
      granularity: 'month',
      language: 'ja',
    });
  });

  it('round-trip the next-period link of a report', () => {
    const href = nextReportHref(
      {
        scopes: [GROUP, 'all'],
        from: '2026-04-01',
        to: '2026-06-30',
        view: 'cohort',
        granularity: 'week',
        language: 'en',
      },
      '2026-09-30',
    );
    const params = Object.fromEntries(new URL(href, 'http://kensa.test').searchParams);
    expect(parseReportFormDefaults(params, fallback)).toEqual({
      scopes: [GROUP, 'all'],
      from: '2026-07-01',
      to: '2026-09-30',
      view: 'cohort',
      granularity: 'week',
      language: 'en',
    });
  });
});
