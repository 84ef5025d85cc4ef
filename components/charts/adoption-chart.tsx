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
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import { SERIES_COLOURS, SERIES_DASHES } from './series-palette';

export interface ChartSeries {
  key: string;
  name: string;
}

interface Props {
  /**
   * One row per period: `label` plus one percentage (0–100, or null = no data) per series key. The
   * label comes formatted from the server: the browser cannot read KENSA_TIME_ZONE.
   */
  data: Array<Record<string, string | number | null>>;
  series: ChartSeries[];
  type: 'line' | 'bar';
  locale: Locale;
  /** Read by screen readers instead of the drawing; the data table follows the chart. */
  summary: string;
}

/** Adoption percentages over time, one line (or bar group) per group, like the survey slides. */
export function AdoptionChart({ data, series, type, locale, summary }: Props) {
  const percent = (value: unknown) =>
    typeof value === 'number' ? `${formatNumber(value, locale, { max: 2 })}%` : '—';
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
