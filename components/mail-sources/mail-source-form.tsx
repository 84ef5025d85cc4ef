'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { type SaveMailSourceState, saveMailSourceAction } from '@/lib/actions/save-mail-source';

export interface MailSourceFormLabels {
  name: string;
  description: string;
  trusted: string;
  trustedHint: string;
  receivedSpf: string;
  receivedSpfHint: string;
  save: string;
  saved: string;
  invalid: string;
  nameTaken: string;
  notFound: string;
  outOfScope: string;
}

interface Props {
  /** The source being edited; none: a new one, whose page opens once it is saved. */
  source?: {
    id: string;
    name: string;
    description: string;
    trustedAuthservIds: string[];
    useReceivedSpf: boolean;
  };
  labels: MailSourceFormLabels;
}

const ERRORS = {
  invalid: 'invalid',
  'name-taken': 'nameTaken',
  'not-found': 'notFound',
  'out-of-scope': 'outOfScope',
} as const;

/** Creates a data source or edits one's name, description, trusted authserv-ids and Received-SPF choice. */
export function MailSourceForm({ source, labels }: Props) {
  const router = useRouter();
  const [state, action, pending] = useActionState<SaveMailSourceState, FormData>(saveMailSourceAction, {
    error: null,
    savedId: null,
  });
  useEffect(() => {
    if (!source && state.savedId) router.push(`/settings/mail-sources/${state.savedId}`);
  }, [source, state.savedId, router]);
  const prefix = source ? 'edit' : 'new';
  return (
    <form action={action} className="panel form-grid">
      {source && <input type="hidden" name="id" value={source.id} />}
      <label htmlFor={`${prefix}-source-name`}>{labels.name}</label>
      <input id={`${prefix}-source-name`} name="name" required maxLength={100} defaultValue={source?.name} />
      <label htmlFor={`${prefix}-source-description`}>{labels.description}</label>
      <input
        id={`${prefix}-source-description`}
        name="description"
        maxLength={500}
        defaultValue={source?.description}
      />
      <label htmlFor={`${prefix}-source-trusted`}>{labels.trusted}</label>
      <div>
        <input
          id={`${prefix}-source-trusted`}
          name="trustedAuthservIds"
          required
          size={50}
          defaultValue={source?.trustedAuthservIds.join(', ')}
          aria-describedby={`${prefix}-source-trusted-hint`}
        />
        <p className="muted" id={`${prefix}-source-trusted-hint`}>
          {labels.trustedHint}
        </p>
      </div>
      <label htmlFor={`${prefix}-source-spf`}>{labels.receivedSpf}</label>
      <div>
        <input
          id={`${prefix}-source-spf`}
          name="useReceivedSpf"
          type="checkbox"
          defaultChecked={source?.useReceivedSpf}
          aria-describedby={`${prefix}-source-spf-hint`}
        />
        <p className="muted" id={`${prefix}-source-spf-hint`}>
          {labels.receivedSpfHint}
        </p>
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {labels.save}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {state.error && <p className="error">{labels[ERRORS[state.error]]}</p>}
        {source && state.savedId && !state.error && <p>{labels.saved}</p>}
      </div>
    </form>
  );
}
