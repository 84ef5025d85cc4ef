/**
 * The report's styles, scoped under .kensa-report: inlined in the printed document (the PDF page
 * loads nothing) and in the app's report page. A constant, never data.
 */
export const REPORT_CSS = `
.kensa-report { font-family: 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif; color: #1b1f24; font-size: 10.5pt; line-height: 1.45; }
.kensa-report h1 { font-size: 18pt; margin: 0 0 0.5em; }
.kensa-report h3 { font-size: 11.5pt; margin: 1em 0 0.4em; break-after: avoid; }
.kensa-report h2 { font-size: 13pt; margin: 1.4em 0 0.5em; border-bottom: 2px solid #13233a; padding-bottom: 0.15em; break-after: avoid; }
.kensa-report .report-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; margin: 0 0 0.8em; }
.kensa-report .report-facts div { display: contents; }
.kensa-report .report-facts dt { font-weight: 700; }
.kensa-report .report-facts dd { margin: 0; }
.kensa-report .report-definitions { background: #f2f5f9; border-left: 4px solid #0b5cad; padding: 0.5em 0.8em; }
.kensa-report .muted { color: #5a6370; font-weight: 400; }
.kensa-report table { border-collapse: collapse; width: 100%; margin: 0.4em 0 1em; break-inside: auto; }
.kensa-report caption { text-align: left; font-weight: 700; padding: 0.3em 0; }
.kensa-report th, .kensa-report td { border: 1px solid #c9d0d9; padding: 0.25em 0.45em; text-align: left; vertical-align: top; }
.kensa-report thead th { background: #e9eef4; }
.kensa-report tr { break-inside: avoid; }
.kensa-report tbody th { white-space: nowrap; }
.kensa-report .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.kensa-report code { font-size: 0.85em; }
.kensa-report .severity-error { color: #b42318; font-weight: 700; }
.kensa-report .severity-warning { color: #9a6700; }
.kensa-report .chart-grid { display: grid; grid-template-columns: repeat(2, 1fr); gap: 0.6em; }
.kensa-report .chart-grid svg { width: 100%; height: auto; break-inside: avoid; }
.kensa-report .trend-legend { list-style: none; display: flex; flex-wrap: wrap; gap: 0.3em 1.2em; padding: 0; margin: 0 0 0.5em; }
.kensa-report .report-trend { break-inside: avoid; }
`;
