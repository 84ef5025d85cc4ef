'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { type UploadDmarcReportResult, uploadDmarcReportAction } from '@/lib/actions/upload-dmarc-report';

export interface DmarcUploadLabels {
  files: string;
  submit: string;
  stored: string;
  duplicate: string;
  refused: string;
  unregistered: string;
}

interface Line {
  key: string;
  text: string;
  ok: boolean;
}

function linesOf(name: string, result: UploadDmarcReportResult, labels: DmarcUploadLabels): Line[] {
  if ('error' in result)
    return [{ key: name, text: `${name}: ${labels.refused} (${result.error})`, ok: false }];
  if (result.refused !== null)
    return [{ key: name, text: `${name}: ${labels.refused}: ${result.refused}`, ok: false }];
  return result.reports.map((report, i) => {
    const status = report.result.status;
    const registered = status !== 'refused' && !report.result.registered ? ` — ${labels.unregistered}` : '';
    const reason = status === 'refused' && 'reason' in report.result ? `: ${report.result.reason}` : '';
    return {
      key: `${name} ${i}`,
      text: `${name}: ${report.orgName} ${report.policyDomain} ${report.reportId}: ${labels[status]}${reason}${registered}`,
      ok: status !== 'refused',
    };
  });
}

/** Many report files at once: each is sent in its own call, and the outcome of each report listed. */
export function DmarcUploadForm({ labels }: { labels: DmarcUploadLabels }) {
  const router = useRouter();
  const [lines, setLines] = useState<Line[]>([]);
  const [pending, startTransition] = useTransition();
  const submit = (form: FormData) =>
    startTransition(async () => {
      const files = form
        .getAll('files')
        .filter((file): file is File => file instanceof File && file.size > 0);
      const done: Line[] = [];
      for (const file of files) {
        const data = new FormData();
        data.set('file', file);
        done.push(...linesOf(file.name, await uploadDmarcReportAction(data), labels));
        setLines([...done]);
      }
      router.refresh();
    });
  return (
    <form action={submit}>
      <label>
        {labels.files}{' '}
        <input
          type="file"
          name="files"
          multiple
          accept=".xml,.gz,.zip,.eml,.mbox,application/xml,application/gzip,application/zip,message/rfc822"
        />
      </label>{' '}
      <button type="submit" disabled={pending}>
        {labels.submit}
      </button>
      <ul aria-live="polite" className="upload-results">
        {lines.map((line) => (
          <li key={line.key} className={line.ok ? undefined : 'error'}>
            {line.text}
          </li>
        ))}
      </ul>
    </form>
  );
}
