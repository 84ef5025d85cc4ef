'use client';

import { useSavingAction } from '@/components/use-saving-action';
import { createGroupTargetAction, type TargetFormState } from '@/lib/actions/create-group-target';
import { updateGroupTargetAction } from '@/lib/actions/update-group-target';
import type { TargetFormLabels } from './target-form-labels';

/** The measures to choose from, in groups (adoption, each followed profile): [value, label] pairs. */
export type MetricChoices = Array<{ group: string; options: Array<[string, string]> }>;

type Props = { labels: TargetFormLabels } & (
  | { kind: 'create'; groupId: string; choices: MetricChoices }
  | { kind: 'edit'; targetId: string; initial: { percent: number; deadline: string; milestones: string } }
);

const START: TargetFormState = { error: null, saved: false };

/** A new target of a group, or a change to one's percentage, deadline and milestones. */
export function TargetForm(props: Props) {
  const { labels } = props;
  const [state, action, pending] = useSavingAction(
    props.kind === 'create' ? createGroupTargetAction : updateGroupTargetAction,
    START,
  );
  const initial = props.kind === 'edit' ? props.initial : null;
  return (
    <form action={action} className="form-grid" data-testid={`target-${props.kind}-form`}>
      {props.kind === 'create' ? (
        <>
          <input type="hidden" name="groupId" value={props.groupId} />
          <label>
            {labels.metric}
            <select name="metric" defaultValue="adoption:dmarcEnforcing">
              {props.choices.map((choice) => (
                <optgroup key={choice.group} label={choice.group}>
                  {choice.options.map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
        </>
      ) : (
        <input type="hidden" name="targetId" value={props.targetId} />
      )}
      <label>
        {labels.percent}
        <input
          name="percent"
          type="number"
          min={0}
          max={100}
          step="any"
          required
          defaultValue={initial?.percent}
        />
      </label>
      <label>
        {labels.deadline}
        <input name="deadline" type="date" required defaultValue={initial?.deadline} />
      </label>
      <label>
        {labels.milestones}
        <textarea name="milestones" rows={3} defaultValue={initial?.milestones} placeholder="2026-09-30 80" />
      </label>
      <p className="muted small">{labels.milestonesHelp}</p>
      <button type="submit" disabled={pending}>
        {props.kind === 'create' ? labels.add : labels.save}
      </button>
      <p role="status">{state.saved ? labels.saved : state.error ? labels.errors[state.error] : ''}</p>
    </form>
  );
}
