import { REPORT_FORMATS } from '@/lib/reports/report-formats';

const FORMAT_NAMES = { pdf: 'PDF', xlsx: 'Excel (XLSX)', csv: 'CSV', json: 'JSON' } as const;

/**
 * Links to a report's (or a comparison's) files through /api/v1, which the session cookie
 * authenticates: `href` is the download address with any query of its own; the format is added.
 */
export function ReportDownloadLinks({ href, label }: { href: string; label: string }) {
  const joiner = href.includes('?') ? '&' : '?';
  return (
    <nav aria-label={label} className="panel download-links">
      <strong>{label}:</strong>{' '}
      {REPORT_FORMATS.map((format, i) => (
        <span key={format}>
          {i > 0 && ' · '}
          <a href={`${href}${joiner}format=${format}`} download data-format={format}>
            {FORMAT_NAMES[format]}
          </a>
        </span>
      ))}
    </nav>
  );
}
