/** One row of a pivoted series: a bucket and, per series in the given order, its point or null. */
export interface PivotRow<P> {
  /** The bucket's first day ('YYYY-MM-DD'). */
  bucket: string;
  cells: Array<P | null>;
}

/**
 * Adoption series (one per scope, each with points only where it has data) as rows for charts and
 * tables: one row per bucket any series has, oldest first, with a cell per series — null where that
 * series has no point. The Overview (getAdoptionSeries) and a stored report's trend both draw from it.
 */
export function pivotSeries<P extends { bucket: string }>(
  series: ReadonlyArray<{ points: readonly P[] }>,
): Array<PivotRow<P>> {
  const byBucket = series.map((s) => new Map(s.points.map((p) => [p.bucket, p])));
  const buckets = [...new Set(series.flatMap((s) => s.points.map((p) => p.bucket)))].sort();
  return buckets.map((bucket) => ({ bucket, cells: byBucket.map((points) => points.get(bucket) ?? null) }));
}
