import { REPORT_FORMATS } from '@/lib/reports/report-formats';

const FORMAT_NAMES = { pdf: 'PDF', xlsx: 'Excel (XLSX)', csv: 'CSV', json: 'JSON' } as const;

/** Links to the stored report's files through /api/v1 (the session cookie authenticates them). */
export function ReportDownloadLinks({ id, label }: { id: string; label: string }) {
  return (
    <nav aria-label={label} className="panel download-links">
      <strong>{label}:</strong>{' '}
      {REPORT_FORMATS.map((format, i) => (
        <span key={format}>
          {i > 0 && ' · '}
          <a href={`/api/v1/reports/${id}/download?format=${format}`} download data-format={format}>
            {FORMAT_NAMES[format]}
          </a>
        </span>
      ))}
    </nav>
  );
}
