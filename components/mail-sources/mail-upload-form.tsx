'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';

export interface MailUploadLabels {
  files: string;
  folder: string;
  send: string;
  sending: string;
  /** With {messages} {files} {counted} {untrusted} {duplicates} {malformed}. */
  result: string;
  /** With {message}. */
  failed: string;
  noFiles: string;
}

interface Outcome {
  files: number;
  messages: number;
  counted: number;
  untrusted: number;
  duplicates: number;
  malformed: number;
}

/** A Maildir's messages are in cur/ and new/; tmp/ holds deliveries still being written. */
function isMaildirMessage(file: File): boolean {
  const parts = file.webkitRelativePath.split('/');
  const folder = parts.at(-2);
  return (folder === 'cur' || folder === 'new') && !file.name.startsWith('.');
}

function fill(template: string, values: Record<string, number | string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}

/**
 * Uploads mbox/.eml files, or a Maildir folder's messages, to /api/v1/mail-sources/{id}/messages as
 * one multipart request (the browser streams the files from disk; the server reads them as they
 * arrive, never whole), then shows what was counted and refreshes the ingest history.
 */
export function MailUploadForm({
  sourceId,
  locale,
  labels,
}: {
  sourceId: string;
  locale: Locale;
  labels: MailUploadLabels;
}) {
  const router = useRouter();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  async function upload() {
    const files = [
      ...(filesInput.current?.files ?? []),
      ...[...(folderInput.current?.files ?? [])].filter(isMaildirMessage),
    ];
    if (files.length === 0) return setMessage({ error: true, text: labels.noFiles });
    const body = new FormData();
    for (const file of files) body.append('file', file, file.name);
    const name =
      files.length === 1 ? (files[0]?.name ?? 'upload') : `${files[0]?.name ?? ''} (+${files.length - 1})`;
    setPending(true);
    setMessage(null);
    try {
      const response = await fetch(
        `/api/v1/mail-sources/${sourceId}/messages?name=${encodeURIComponent(name)}`,
        {
          method: 'POST',
          body,
        },
      );
      const answer = (await response.json()) as Outcome & { error?: { message: string } };
      const { files: read, messages, counted, untrusted, duplicates, malformed } = answer;
      const numbers = Object.entries({
        files: read,
        messages,
        counted,
        untrusted,
        duplicates,
        malformed,
      }).map(([key, value]) => [key, formatNumber(value, locale)]);
      setMessage(
        response.ok
          ? { error: false, text: fill(labels.result, Object.fromEntries(numbers)) }
          : {
              error: true,
              text: fill(labels.failed, { message: answer.error?.message ?? response.statusText }),
            },
      );
    } catch (error) {
      setMessage({ error: true, text: fill(labels.failed, { message: String(error) }) });
    } finally {
      setPending(false);
      router.refresh();
    }
  }

  return (
    <div className="panel form-grid">
      <label htmlFor="mail-files">{labels.files}</label>
      <input id="mail-files" ref={filesInput} type="file" multiple />
      <label htmlFor="mail-folder">{labels.folder}</label>
      <input
        id="mail-folder"
        ref={folderInput}
        type="file"
        multiple
        // Non-standard but in every current browser: the files of a chosen folder, with their paths.
        {...{ webkitdirectory: '' }}
      />
      <div>
        <button type="button" disabled={pending} onClick={upload}>
          {pending ? labels.sending : labels.send}
        </button>
      </div>
      <div role="status" aria-live="polite" data-testid="upload-result">
        {message && <p className={message.error ? 'error' : undefined}>{message.text}</p>}
      </div>
    </div>
  );
}
