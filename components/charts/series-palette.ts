/**
 * Okabe & Ito's colour-blind-safe palette (https://jfly.uni-koeln.de/color/) without the yellow that
 * washes out on projectors; lines also differ by dash pattern, so they stay apart in greyscale. Shared
 * by the dashboard's Recharts charts and the reports' static SVG charts.
 */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
export const SERIES_DASHES = ['', '6 3', '2 3', '8 3 2 3', '4 4', '1 2', '10 4'];
