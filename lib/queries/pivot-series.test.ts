import { describe, expect, it } from 'vitest';
import { pivotSeries } from './pivot-series';

const point = (bucket: string, percent: number) => ({ bucket, day: bucket, percent });

describe('pivotSeries', () => {
  it('gives one row per bucket of any series, oldest first, with a cell per series in order', () => {
    const rows = pivotSeries([
      { points: [point('2026-07-01', 50), point('2026-08-01', 60)] },
      { points: [point('2026-08-01', 70), point('2026-06-01', 40)] },
    ]);
    expect(rows.map((r) => r.bucket)).toEqual(['2026-06-01', '2026-07-01', '2026-08-01']);
    expect(rows.map((r) => r.cells.map((c) => c?.percent ?? null))).toEqual([
      [null, 40],
      [50, null],
      [60, 70],
    ]);
  });

  it('keeps a column for a series without points, and has no rows when no series has any', () => {
    expect(pivotSeries([{ points: [point('2026-08-01', 1)] }, { points: [] }])).toEqual([
      { bucket: '2026-08-01', cells: [point('2026-08-01', 1), null] },
    ]);
    expect(pivotSeries([{ points: [] }])).toEqual([]);
    expect(pivotSeries([])).toEqual([]);
  });
});
