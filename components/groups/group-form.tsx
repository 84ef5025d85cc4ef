'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { type SaveGroupState, saveGroupAction } from '@/lib/actions/save-group';

interface Props {
  group?: { id: string; name: string; description: string };
  labels: {
    name: string;
    description: string;
    submit: string;
    saved: string;
    nameTaken: string;
    invalid: string;
  };
}

/** Creates a group (then opens it) or edits its name and description. */
export function GroupForm({ group, labels }: Props) {
  const router = useRouter();
  const [state, action, pending] = useActionState<SaveGroupState, FormData>(saveGroupAction, {
    error: null,
    savedId: null,
  });
  useEffect(() => {
    if (state.savedId && !group) router.push(`/groups/${state.savedId}`);
    else if (state.savedId) router.refresh();
  }, [state.savedId, group, router]);
  const prefix = group ? 'edit' : 'new';
  return (
    <form action={action} className="panel form-grid">
      {group && <input type="hidden" name="id" value={group.id} />}
      <label htmlFor={`${prefix}-name`}>{labels.name}</label>
      <input
        id={`${prefix}-name`}
        name="name"
        type="text"
        required
        maxLength={100}
        defaultValue={group?.name}
      />
      <label htmlFor={`${prefix}-description`}>{labels.description}</label>
      <input
        id={`${prefix}-description`}
        name="description"
        type="text"
        maxLength={2000}
        defaultValue={group?.description}
      />
      <div>
        <button type="submit" disabled={pending}>
          {labels.submit}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {state.error === 'name-taken' && <p className="error">{labels.nameTaken}</p>}
        {state.error === 'invalid' && <p className="error">{labels.invalid}</p>}
        {state.savedId && group && <p>{labels.saved}</p>}
      </div>
    </form>
  );
}
