'use client';

import { useRef, useState, useTransition } from 'react';
import { type ImportResult, importDomainsAction } from '@/lib/actions/import-domains';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import { ImportReport } from './import-report';

export interface ImportLabels {
  paste: string;
  file: string;
  preview: string;
  commit: string;
  checking: string;
  importing: string;
  errors: Record<Extract<ImportResult, { status: 'error' }>['error'], string>;
  report: Parameters<typeof ImportReport>[0]['labels'];
}

/**
 * Paste or upload, check every row (nothing written), then import the valid ones. The same form
 * data is sent for both steps, so the import is exactly what the preview showed.
 */
export function ImportForm({
  labels,
  locale,
  group,
  initialText = '',
}: {
  labels: ImportLabels;
  locale: Locale;
  group?: string;
  /** What the paste box starts with (a domain offered for registration). */
  initialText?: string;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const sent = useRef<FormData | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [pending, startTransition] = useTransition();
  const [step, setStep] = useState<'preview' | 'commit'>('preview');

  const run = (commit: boolean) =>
    startTransition(async () => {
      const data = commit && sent.current ? sent.current : new FormData(formRef.current ?? undefined);
      if (group) data.set('group', group);
      data.set('commit', commit ? '1' : '0');
      sent.current = data;
      setStep(commit ? 'commit' : 'preview');
      setResult(await importDomainsAction(data));
    });

  const canCommit = result?.status === 'preview' && result.good > 0;
  return (
    <>
      <form
        ref={formRef}
        className="panel form-grid"
        onSubmit={(event) => {
          event.preventDefault();
          run(false);
        }}
        onChange={() => setResult(null)}
      >
        <label htmlFor="import-text">{labels.paste}</label>
        <textarea id="import-text" name="text" rows={8} spellCheck={false} defaultValue={initialText} />
        <label htmlFor="import-file">{labels.file}</label>
        <input id="import-file" name="file" type="file" accept=".csv,.tsv,.txt,.xlsx,text/csv" />
        <div className="row">
          <button type="submit" disabled={pending}>
            {labels.preview}
          </button>
          {canCommit && (
            <button type="button" disabled={pending} onClick={() => run(true)}>
              {labels.commit.replace('{count}', formatNumber(result.good, locale))}
            </button>
          )}
        </div>
      </form>
      <div aria-live="polite" role="status" className="import-status">
        {pending && <p>{step === 'commit' ? labels.importing : labels.checking}</p>}
        {!pending && result?.status === 'error' && <p className="error">{labels.errors[result.error]}</p>}
      </div>
      {!pending && result && result.status !== 'error' && (
        <ImportReport result={result} labels={labels.report} locale={locale} />
      )}
    </>
  );
}
