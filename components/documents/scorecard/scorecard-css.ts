/**
 * The PDF's whole style sheet (the printer has no network). Records are DNS text of any length:
 * `overflow-wrap: anywhere` breaks a 2,000-character key inside the page instead of off its edge.
 */
export const SCORECARD_CSS = `
@page { size: A4; }
* { box-sizing: border-box; }
body { font-family: 'Noto Sans CJK JP', 'Noto Sans', sans-serif; font-size: 10pt; color: #1b1f24; margin: 0; line-height: 1.5; }
h1 { font-size: 18pt; margin: 0 0 2mm; overflow-wrap: anywhere; }
h2 { font-size: 12pt; margin: 7mm 0 2mm; border-bottom: 1px solid #c9ced6; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 0 0 1mm; }
.kicker { color: #4a5360; margin: 0 0 1mm; font-size: 9pt; }
.head { display: flex; gap: 6mm; align-items: flex-start; }
.head-main { flex: 1; min-width: 0; }
.grade { width: 22mm; height: 22mm; border-radius: 50%; display: flex; align-items: center; justify-content: center; font-size: 26pt; font-weight: 700; color: #fff; background: #6b7480; flex: none; }
.grade-A { background: #1a7f37; } .grade-B { background: #4d8f1f; } .grade-C { background: #9a6700; }
.grade-D { background: #c2410c; } .grade-F { background: #b42318; }
dl.facts { display: grid; grid-template-columns: 38mm 1fr; gap: 1mm 4mm; margin: 3mm 0 0; }
dl.facts dt { color: #4a5360; } dl.facts dd { margin: 0; overflow-wrap: anywhere; white-space: pre-wrap; }
pre.record { font-family: 'Noto Sans Mono CJK JP', monospace; font-size: 8.5pt; background: #f3f4f6; padding: 1.5mm 2mm; margin: 0 0 1.5mm; white-space: pre-wrap; overflow-wrap: anywhere; word-break: break-all; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { text-align: left; border-bottom: 1px solid #e3e6ea; padding: 1mm 2mm 1mm 0; vertical-align: top; overflow-wrap: anywhere; }
ul { margin: 0; padding-left: 5mm; }
.muted { color: #4a5360; }
.warn { color: #b42318; font-weight: 700; }
.badge { display: inline-block; border-radius: 2mm; padding: 0 2mm; font-size: 8pt; color: #fff; background: #6b7480; margin-right: 1.5mm; }
.badge.error { background: #b42318; } .badge.warning { background: #9a6700; } .badge.info { background: #4a5360; }
.finding { border-left: 3px solid #c9ced6; padding: 1mm 0 1mm 3mm; margin: 0 0 3mm; break-inside: avoid; }
.finding.error { border-color: #b42318; } .finding.warning { border-color: #9a6700; }
.finding p { margin: 0.5mm 0; overflow-wrap: anywhere; }
code { font-family: 'Noto Sans Mono CJK JP', monospace; font-size: 8.5pt; overflow-wrap: anywhere; }
`;
