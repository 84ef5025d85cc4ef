'use client';

import { useActionState, useState } from 'react';
import {
  type CreateMailboxAccountState,
  createMailboxAccountAction,
} from '@/lib/actions/create-mailbox-account';

interface Props {
  purposes: Array<{ value: string; label: string }>;
  sources: Array<{ id: string; name: string }>;
  /** Client components get labels, not `t` (functions cannot cross to the client). */
  labels: {
    name: string;
    host: string;
    port: string;
    tlsMode: string;
    tls: string;
    starttls: string;
    username: string;
    password: string;
    folder: string;
    processedFolder: string;
    invalidFolder: string;
    interval: string;
    purpose: string;
    source: string;
    submit: string;
    created: string;
    /** By refusal code. */
    errors: Record<string, string>;
  };
}

/** Adds a mailbox; the password field is write-only (never filled back in). */
export function AddMailboxForm({ purposes, sources, labels }: Props) {
  const [state, action, pending] = useActionState<CreateMailboxAccountState, FormData>(
    createMailboxAccountAction,
    {
      status: 'idle',
    },
  );
  const [purpose, setPurpose] = useState(purposes[0]?.value ?? '');
  const [tlsMode, setTlsMode] = useState('tls');
  const field = (id: string, label: string, input: React.ReactNode) => (
    <>
      <label htmlFor={`mailbox-${id}`}>{label}</label>
      {input}
    </>
  );
  return (
    <>
      <form action={action} className="panel form-grid" data-testid="add-mailbox">
        {field(
          'name',
          labels.name,
          <input id="mailbox-name" name="name" required maxLength={100} autoComplete="off" />,
        )}
        {field(
          'purpose',
          labels.purpose,
          <select
            id="mailbox-purpose"
            name="purpose"
            value={purpose}
            onChange={(e) => setPurpose(e.target.value)}
          >
            {purposes.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>,
        )}
        {purpose === 'received-mail' &&
          field(
            'source',
            labels.source,
            <select id="mailbox-source" name="mailSourceId" required>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>,
          )}
        {field(
          'host',
          labels.host,
          <input id="mailbox-host" name="host" required maxLength={253} autoComplete="off" />,
        )}
        {field(
          'tlsMode',
          labels.tlsMode,
          <select
            id="mailbox-tlsMode"
            name="tlsMode"
            value={tlsMode}
            onChange={(e) => setTlsMode(e.target.value)}
          >
            <option value="tls">{labels.tls}</option>
            <option value="starttls">{labels.starttls}</option>
          </select>,
        )}
        {field(
          'port',
          labels.port,
          <input
            id="mailbox-port"
            key={tlsMode}
            name="port"
            type="number"
            min={1}
            max={65535}
            required
            defaultValue={tlsMode === 'tls' ? 993 : 143}
          />,
        )}
        {field(
          'username',
          labels.username,
          <input id="mailbox-username" name="username" required autoComplete="off" />,
        )}
        {field(
          'password',
          labels.password,
          <input
            id="mailbox-password"
            name="password"
            type="password"
            required
            autoComplete="new-password"
          />,
        )}
        {field(
          'folder',
          labels.folder,
          <input id="mailbox-folder" name="folder" defaultValue="INBOX" required />,
        )}
        {field(
          'processedFolder',
          labels.processedFolder,
          <input id="mailbox-processedFolder" name="processedFolder" defaultValue="Processed" required />,
        )}
        {field(
          'invalidFolder',
          labels.invalidFolder,
          <input id="mailbox-invalidFolder" name="invalidFolder" defaultValue="Invalid" required />,
        )}
        {field(
          'intervalMinutes',
          labels.interval,
          <input
            id="mailbox-intervalMinutes"
            name="intervalMinutes"
            type="number"
            min={1}
            max={1440}
            defaultValue={15}
            required
          />,
        )}
        <div>
          <button type="submit" disabled={pending}>
            {labels.submit}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {state.status === 'created' && <p>{labels.created}</p>}
        {state.status === 'refused' && (
          <p className="error">{labels.errors[state.code] ?? labels.errors.invalid}</p>
        )}
      </div>
    </>
  );
}
