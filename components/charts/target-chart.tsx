'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import { SERIES_COLOURS, SERIES_DASHES } from './series-palette';

interface Props {
  /** One row per day shown: its label (formatted on the server), the actual value and the trajectory's (0–100 or null). */
  data: Array<{ label: string; actual: number | null; expected: number | null }>;
  /** Client component: texts come ready-made (functions cannot cross to the client). */
  labels: { actual: string; expected: string; summary: string };
  locale: Locale;
}

/** A target's progress as the survey draws it: the actual line against the trajectory to the deadline. */
export function TargetChart({ data, labels, locale }: Props) {
  const percent = (value: unknown) =>
    typeof value === 'number' ? `${formatNumber(value, locale, { max: 1 })}%` : '—';
  return (
    <figure className="target-chart" role="img" aria-label={labels.summary}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 10, right: 20, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d9dee5" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={24} />
          <YAxis
            domain={[0, 100]}
            tickFormatter={(v: number) => `${v}%`}
            tick={{ fontSize: 12 }}
            width={48}
          />
          <Tooltip formatter={(value) => percent(value)} />
          <Legend />
          <Line
            dataKey="actual"
            name={labels.actual}
            stroke={SERIES_COLOURS[0]}
            strokeWidth={2.5}
            dot={{ r: 2.5 }}
            connectNulls={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="expected"
            name={labels.expected}
            stroke={SERIES_COLOURS[1]}
            strokeDasharray={SERIES_DASHES[1]}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
