'use client';

import { useSavingAction } from '@/components/use-saving-action';
import { setGroupProfilesAction } from '@/lib/actions/set-group-profiles';

interface Props {
  groupId: string;
  profiles: Array<{ id: string; name: string; followed: boolean }>;
  /** Client component: texts come ready-made (functions cannot cross to the client). */
  labels: {
    legend: string;
    help: string;
    save: string;
    saved: string;
    unknownProfiles: string;
    invalid: string;
  };
}

/** The profiles a group follows, as checkboxes; saving asks a worker to recompute the group. */
export function ProfilesForm({ groupId, profiles, labels }: Props) {
  const [state, action, pending] = useSavingAction(setGroupProfilesAction, {
    error: null,
    saved: false,
  });
  return (
    <form action={action} className="panel form-grid" data-testid="profiles-form">
      <input type="hidden" name="groupId" value={groupId} />
      <fieldset>
        <legend>{labels.legend}</legend>
        {profiles.map((p) => (
          <label key={p.id} className="check">
            <input type="checkbox" name="profileId" value={p.id} defaultChecked={p.followed} /> {p.name}
          </label>
        ))}
      </fieldset>
      <p className="muted small">{labels.help}</p>
      <button type="submit" disabled={pending}>
        {labels.save}
      </button>
      <p role="status">
        {state.saved
          ? labels.saved
          : state.error === 'unknown-profiles'
            ? labels.unknownProfiles
            : state.error
              ? labels.invalid
              : ''}
      </p>
    </form>
  );
}
