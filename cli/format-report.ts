import type { AuditReport } from '../audit/report';
import { transportLines } from './format-transport';

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

/** DNS text is attacker-controlled: control characters are shown escaped, never sent to the terminal. */
function safe(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function line(label: string, value: string): string {
  return `  ${label.padEnd(10)}${value}`;
}

/** The human-readable report of `kensa audit` for one domain. */
export function formatReport(report: AuditReport): string {
  const { spf, dmarc, dkim, adsp, mx, senderId } = report;
  const title = report.unicode === report.domain ? report.domain : `${report.unicode} (${report.domain})`;
  const keys = dkim.keys.map(
    (key) => `${key.selector} ${key.type ?? '?'}${key.bits ? ` ${key.bits}-bit` : ''}`,
  );
  const lines = [
    `${safe(title)} — ${report.status}, ${report.queries} DNS queries${report.nonSending ? ', non-sending' : ''}`,
    line(
      'SPF',
      spf.record ? `${safe(spf.record)}  (${spf.lookups}/10 lookups, ${spf.voidLookups}/2 void)` : 'none',
    ),
    line('DMARC', dmarc.record ? `${safe(dmarc.record)}  (${dmarc.source})` : 'none'),
    line(
      'DKIM',
      `${keys.length ? safe(keys.join(', ')) : 'no key found'}  (${dkim.selectorsProbed} selectors probed)`,
    ),
    line('ADSP', adsp.record ? safe(adsp.record) : 'none'),
    line(
      'MX',
      mx.records.length
        ? safe(mx.records.map((r) => `${r.preference} ${r.exchange || '.'}`).join(', '))
        : 'none',
    ),
    line(
      'Sender ID',
      senderId.records.length ? safe(senderId.records.map((r) => r.record).join(' | ')) : 'none',
    ),
    ...transportLines(report).map(([label, value]) => line(label, safe(value))),
  ];
  if (report.findings.length === 0) lines.push('  no findings');
  for (const finding of report.findings) {
    lines.push(`  [${finding.severity}] ${finding.id}: ${safe(finding.message)} (${finding.rfc})`);
  }
  return `${lines.join('\n')}\n`;
}
