import { SERIES_COLOURS, SERIES_DASHES } from '@/components/charts/series-palette';

export interface SvgSeries {
  name: string;
  /** One value per label (0–100), null where the scope has no data for that period. */
  values: Array<number | null>;
}

interface Props {
  title: string;
  labels: string[];
  series: SvgSeries[];
  /** Text for screen readers; the figures are also in the tables. */
  summary: string;
}

const WIDTH = 340;
const HEIGHT = 190;
const PAD = { left: 38, right: 12, top: 26, bottom: 34 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;
const GRID = [0, 25, 50, 75, 100];
const MAX_X_LABELS = 4;

const xOf = (i: number, n: number) => PAD.left + (n <= 1 ? PLOT_W / 2 : (i * PLOT_W) / (n - 1));
const yOf = (value: number) => PAD.top + PLOT_H - (value / 100) * PLOT_H;
// The first and last labels grow inwards, so long Japanese dates stay inside the drawing.
const anchorOf = (i: number, n: number) =>
  n <= 1 ? 'middle' : i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle';

/**
 * A static line chart of percentages, one line per scope, in the dashboard's palette and dashes.
 * Pure SVG with no script: Recharts needs a browser to lay out, a printed report has none. Gaps
 * (periods without data) are bridged, as the dashboard's chart does.
 */
export function TrendSvgChart({ title, labels, series, summary }: Props) {
  const step = Math.max(1, Math.ceil(labels.length / MAX_X_LABELS));
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={summary}
      className="trend-chart"
    >
      <text x={PAD.left} y={14} fontSize={12} fontWeight={700} fill="#1b1f24">
        {title}
      </text>
      {GRID.map((value) => (
        <g key={value}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={yOf(value)} y2={yOf(value)} stroke="#d9dee5" />
          <text x={PAD.left - 4} y={yOf(value) + 3} fontSize={9} textAnchor="end" fill="#5a6370">
            {value}%
          </text>
        </g>
      ))}
      {labels.map((label, i) =>
        i === labels.length - 1 || (i % step === 0 && labels.length - 1 - i >= step) ? (
          <text
            key={label}
            x={xOf(i, labels.length)}
            y={HEIGHT - PAD.bottom + 14}
            fontSize={9}
            textAnchor={anchorOf(i, labels.length)}
            fill="#5a6370"
          >
            {label}
          </text>
        ) : null,
      )}
      {series.map((s, index) => {
        const colour = SERIES_COLOURS[index % SERIES_COLOURS.length];
        const points = s.values.flatMap((value, i) =>
          value === null ? [] : [{ x: xOf(i, labels.length), y: yOf(value) }],
        );
        return (
          <g key={s.name}>
            <polyline
              points={points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')}
              fill="none"
              stroke={colour}
              strokeWidth={2}
              strokeDasharray={SERIES_DASHES[index % SERIES_DASHES.length] || undefined}
            />
            {points.map((p) => (
              <circle key={`${p.x}`} cx={p.x} cy={p.y} r={2.5} fill={colour} />
            ))}
          </g>
        );
      })}
    </svg>
  );
}

/** The chart's legend, once for all the small charts: a swatch in each scope's colour and dash. */
export function TrendLegend({ names }: { names: string[] }) {
  return (
    <ul className="trend-legend">
      {names.map((name, index) => (
        <li key={name}>
          <svg width={28} height={10} aria-hidden="true">
            <line
              x1={0}
              x2={28}
              y1={5}
              y2={5}
              stroke={SERIES_COLOURS[index % SERIES_COLOURS.length]}
              strokeWidth={2.5}
              strokeDasharray={SERIES_DASHES[index % SERIES_DASHES.length] || undefined}
            />
          </svg>{' '}
          {name}
        </li>
      ))}
    </ul>
  );
}
