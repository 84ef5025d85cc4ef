'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/**
 * Okabe & Ito's colour-blind-safe palette (https://jfly.uni-koeln.de/color/) without the yellow that
 * washes out on projectors; lines also differ by dash pattern, so they stay apart in greyscale.
 */
const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
const SERIES_DASHES = ['', '6 3', '2 3', '8 3 2 3', '4 4', '1 2', '10 4'];

export interface ChartSeries {
  key: string;
  name: string;
}

interface Props {
  /** One row per period: `label` plus one percentage (0–100, or null = no data) per series key. */
  data: Array<Record<string, string | number | null>>;
  series: ChartSeries[];
  type: 'line' | 'bar';
  locale: 'en' | 'ja';
  /** Read by screen readers instead of the drawing; the data table follows the chart. */
  summary: string;
}

/** Adoption percentages over time, one line (or bar group) per group, like the survey slides. */
export function AdoptionChart({ data, series, type, locale, summary }: Props) {
  const percent = (value: unknown) =>
    typeof value === 'number'
      ? `${new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { maximumFractionDigits: 2 }).format(value)}%`
      : '—';
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke="#d9dee5" />
      <XAxis dataKey="label" tick={{ fontSize: 13 }} />
      <YAxis domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fontSize: 13 }} width={48} />
      <Tooltip formatter={(value) => percent(value)} />
      <Legend />
    </>
  );
  return (
    <figure className="chart-box" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height="100%">
        {type === 'line' ? (
          <LineChart data={data} margin={{ top: 10, right: 20, bottom: 0, left: 0 }}>
            {axes}
            {series.map((s, i) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.name}
                type="monotone"
                stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
                strokeDasharray={SERIES_DASHES[i % SERIES_DASHES.length]}
                strokeWidth={2.5}
                dot={{ r: 4 }}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        ) : (
          <BarChart data={data} margin={{ top: 10, right: 20, bottom: 0, left: 0 }}>
            {axes}
            {series.map((s, i) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.name}
                fill={SERIES_COLOURS[i % SERIES_COLOURS.length]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        )}
      </ResponsiveContainer>
    </figure>
  );
}
