'use client';

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { ChartSeries } from './adoption-chart';
import { SERIES_COLOURS, SERIES_DASHES } from './series-palette';

/** One point of the chart: `key` is unique per row, `label` the period as the server formatted it. */
export type ReceivedMailChartRow = { key: string; label: string } & Record<string, string | number | null>;

interface Props {
  /**
   * One row per period, percentages 0–100 (null: none). Where the sources change the server puts a
   * row of nulls (label '') between the two periods, so every line is cut there.
   */
  data: ReceivedMailChartRow[];
  series: ChartSeries[];
  /** The gap rows, each with its marker text ("3 sources"), drawn as a dashed vertical line. */
  breaks: Array<{ key: string; text: string }>;
  locale: Locale;
  /** Read by screen readers instead of the drawing; the data table follows the chart. */
  summary: string;
}

/** Received-mail shares over time, one line per figure, cut and marked where the sources change. */
export function ReceivedMailChart({ data, series, breaks, locale, summary }: Props) {
  const labels = new Map(data.map((row) => [row.key, row.label]));
  const percent = (value: unknown) =>
    typeof value === 'number' ? `${formatNumber(value, locale, { max: 2 })}%` : '—';
  return (
    <figure className="chart-box" role="img" aria-label={summary} data-testid="received-mail-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 24, right: 20, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d9dee5" />
          <XAxis
            dataKey="key"
            tickFormatter={(key: string) => labels.get(key) ?? ''}
            tick={{ fontSize: 13 }}
          />
          <YAxis
            domain={[0, 100]}
            tickFormatter={(v: number) => `${v}%`}
            tick={{ fontSize: 13 }}
            width={48}
          />
          <Tooltip
            labelFormatter={(key) => labels.get(String(key)) ?? ''}
            formatter={(value) => percent(value)}
          />
          <Legend />
          {breaks.map((b) => (
            <ReferenceLine
              key={b.key}
              x={b.key}
              className="series-break-marker"
              stroke="#444"
              strokeDasharray="4 4"
              label={{ value: b.text, position: 'top', fontSize: 12, fill: '#444' }}
            />
          ))}
          {series.map((s, i) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.name}
              type="monotone"
              stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
              strokeDasharray={SERIES_DASHES[i % SERIES_DASHES.length]}
              strokeWidth={2.5}
              dot={data.length <= 60 ? { r: 3 } : false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
