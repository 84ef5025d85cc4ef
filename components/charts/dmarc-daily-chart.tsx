'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import { SERIES_COLOURS } from './series-palette';

interface Props {
  /** One row per day: the day's label (formatted on the server) and the messages passing and failing DMARC. */
  data: Array<{ label: string; pass: number; fail: number }>;
  labels: { pass: string; fail: string };
  locale: Locale;
  /** Read by screen readers instead of the drawing. */
  summary: string;
}

/** Messages per day by DMARC result, stacked: what receivers reported for the domain or group. */
export function DmarcDailyChart({ data, labels, locale, summary }: Props) {
  return (
    <figure className="chart" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d9dee5" />
          <XAxis dataKey="label" tick={{ fontSize: 13 }} />
          <YAxis tickFormatter={(v: number) => formatNumber(v, locale)} tick={{ fontSize: 13 }} width={56} />
          <Tooltip formatter={(value) => formatNumber(Number(value), locale)} />
          <Legend />
          <Bar dataKey="pass" name={labels.pass} stackId="dmarc" fill={SERIES_COLOURS[2]} />
          <Bar dataKey="fail" name={labels.fail} stackId="dmarc" fill={SERIES_COLOURS[1]} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
