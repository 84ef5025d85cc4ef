import { describe, expect, it } from 'vitest';
import { reportInput, selectionKey } from './report-input';

const GROUP = '01a2219d-6c09-774f-8a2a-c4f5e28655c1';

describe('reportInput', () => {
  it('fills the defaults and keeps each scope once, group ids lower-cased', () => {
    const input = reportInput.parse({
      scopes: [GROUP.toUpperCase(), 'all', GROUP],
      from: '2026-04-01',
      to: '2026-09-30',
    });
    expect(input).toEqual({
      scopes: [GROUP, 'all'],
      from: '2026-04-01',
      to: '2026-09-30',
      view: 'registered',
      granularity: 'month',
      language: 'ja',
    });
  });

  it('refuses an empty selection, a reversed period and a daily trend over more than 400 days', () => {
    expect(reportInput.safeParse({ scopes: [], from: '2026-04-01', to: '2026-09-30' }).success).toBe(false);
    expect(reportInput.safeParse({ scopes: ['all'], from: '2026-10-01', to: '2026-09-30' }).success).toBe(
      false,
    );
    const long = { scopes: ['all'], from: '2025-01-01', to: '2026-09-30' };
    expect(reportInput.safeParse({ ...long, granularity: 'day' }).success).toBe(false);
    expect(reportInput.safeParse({ ...long, granularity: 'week' }).success).toBe(true);
  });

  it('keys a selection by its sorted scopes and view, so the order chosen does not matter', () => {
    expect(selectionKey({ scopes: ['all', GROUP], view: 'cohort' })).toBe(
      selectionKey({ scopes: [GROUP, 'all'], view: 'cohort' }),
    );
    expect(selectionKey({ scopes: ['all'], view: 'cohort' })).not.toBe(
      selectionKey({ scopes: ['all'], view: 'registered' }),
    );
  });
});
