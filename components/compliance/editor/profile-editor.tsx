'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useState } from 'react';
import {
  type SaveComplianceProfileState,
  saveComplianceProfileAction,
} from '@/lib/actions/save-compliance-profile';
import type { ComplianceRequirement, ProfileDefinition } from '@/lib/compliance/profile-schema';
import { defaultCheck } from '@/lib/compliance/requirement-check-defaults';
import type { ProfileEditorLabels } from './profile-editor-labels';
import { RequirementFields } from './requirement-fields';

interface Props {
  /** The profile edited (a save adds a version); absent to create one. */
  profileId?: string;
  initial: ProfileDefinition;
  labels: ProfileEditorLabels;
}

const emptyRequirement = (n: number): ComplianceRequirement => ({
  id: `requirement-${n}`,
  level: 'must',
  appliesTo: 'all',
  check: defaultCheck('spf-valid'),
  source: '',
  title: { en: '', ja: '' },
  explanation: { en: '', ja: '' },
});

/**
 * An administrator's profile as a form with a requirement builder. The whole definition goes to the
 * server as JSON, where profileDefinitionSchema decides (its messages are shown here); creating one
 * opens its page, editing one adds a version and the groups following it are recomputed.
 */
export function ProfileEditor({ profileId, initial, labels }: Props) {
  const router = useRouter();
  const [draft, setDraft] = useState<ProfileDefinition>(initial);
  const [state, action, pending] = useActionState<SaveComplianceProfileState, FormData>(
    saveComplianceProfileAction,
    { error: null, issues: [], savedId: null },
  );
  useEffect(() => {
    if (state.savedId && !profileId) router.push(`/compliance/profiles/${state.savedId}`);
    else if (state.savedId) router.refresh();
  }, [state.savedId, profileId, router]);
  const set = (patch: Partial<ProfileDefinition>) => setDraft((d) => ({ ...d, ...patch }));
  const setRequirement = (i: number, next: ComplianceRequirement | null) =>
    setDraft((d) => ({
      ...d,
      requirements: next === null ? d.requirements.filter((_, k) => k !== i) : d.requirements.with(i, next),
    }));
  const field = (name: string, label: string, value: string, change: (v: string) => void, long = false) => (
    <>
      <label htmlFor={`profile-${name}`}>{label}</label>
      {long ? (
        <textarea
          id={`profile-${name}`}
          required
          maxLength={2000}
          value={value}
          onChange={(e) => change(e.target.value)}
        />
      ) : (
        <input
          id={`profile-${name}`}
          type="text"
          required
          maxLength={500}
          value={value}
          onChange={(e) => change(e.target.value)}
        />
      )}
    </>
  );
  const definition = { ...draft, source: { ...draft.source, url: draft.source.url?.trim() || null } };
  return (
    <form action={action} data-testid="profile-editor">
      {profileId && <input type="hidden" name="id" value={profileId} />}
      <input type="hidden" name="definition" value={JSON.stringify(definition)} />
      <div className="panel form-grid">
        {field('name-en', `${labels.name} (${labels.english})`, draft.name.en, (v) =>
          set({ name: { ...draft.name, en: v } }),
        )}
        {field('name-ja', `${labels.name} (${labels.japanese})`, draft.name.ja, (v) =>
          set({ name: { ...draft.name, ja: v } }),
        )}
        {field(
          'description-en',
          `${labels.description} (${labels.english})`,
          draft.description.en,
          (v) => set({ description: { ...draft.description, en: v } }),
          true,
        )}
        {field(
          'description-ja',
          `${labels.description} (${labels.japanese})`,
          draft.description.ja,
          (v) => set({ description: { ...draft.description, ja: v } }),
          true,
        )}
        {field('source-title', labels.sourceTitle, draft.source.title, (v) =>
          set({ source: { ...draft.source, title: v } }),
        )}
        <label htmlFor="profile-source-url">{labels.sourceUrl}</label>
        <input
          id="profile-source-url"
          type="url"
          maxLength={2000}
          value={draft.source.url ?? ''}
          onChange={(e) => set({ source: { ...draft.source, url: e.target.value } })}
        />
        <label htmlFor="profile-published">{labels.published}</label>
        <input
          id="profile-published"
          type="text"
          maxLength={100}
          value={draft.source.published}
          onChange={(e) => set({ source: { ...draft.source, published: e.target.value } })}
        />
      </div>
      <h2>{labels.requirements}</h2>
      {draft.requirements.map((r, i) => (
        <RequirementFields
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; ids change as typed
          key={i}
          index={i}
          requirement={r}
          labels={labels}
          onChange={(next) => setRequirement(i, next)}
          onRemove={() => setRequirement(i, null)}
        />
      ))}
      <p>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            set({ requirements: [...draft.requirements, emptyRequirement(draft.requirements.length + 1)] })
          }
        >
          {labels.add}
        </button>
      </p>
      <button type="submit" disabled={pending}>
        {labels.save}
      </button>
      <div role="status" aria-live="polite">
        {state.error === 'invalid' && (
          <div className="error">
            <p>{labels.invalid}</p>
            <ul>
              {state.issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          </div>
        )}
        {state.error === 'builtin' && <p className="error">{labels.builtin}</p>}
        {state.error === 'forbidden' && <p className="error">{labels.forbidden}</p>}
        {state.error === 'not-found' && <p className="error">{labels.notFound}</p>}
        {state.savedId && profileId && (
          <p>{labels.saved.replace('{version}', String(state.savedVersion ?? ''))}</p>
        )}
      </div>
    </form>
  );
}
