'use client';

import { useActionState } from 'react';
import { ChoiceFieldset } from '@/components/choice-fieldset';
import { type GenerateReportState, generateReportAction } from '@/lib/actions/generate-report';
import type { ReportFormDefaults } from '@/lib/reports/report-form-defaults';

export interface ReportFormLabels {
  legendGroups: string;
  from: string;
  to: string;
  view: string;
  views: Record<'registered' | 'cohort', string>;
  granularity: string;
  granularities: Record<'month' | 'week' | 'day', string>;
  language: string;
  languages: Record<'ja' | 'en', string>;
  title: string;
  submit: string;
  pending: string;
  invalid: string;
  unknownGroup: string;
}

interface Props {
  scopes: Array<{ id: string; name: string }>;
  defaults: ReportFormDefaults;
  labels: ReportFormLabels;
}

/** Chooses the groups, period, domains counted, trend bucket and language, and generates a report. */
export function ReportForm({ scopes, defaults, labels }: Props) {
  const [state, action, pending] = useActionState<GenerateReportState, FormData>(generateReportAction, {
    error: null,
  });
  return (
    <form action={action} className="panel overview-controls">
      <ChoiceFieldset
        legend={labels.legendGroups}
        name="scopes"
        type="checkbox"
        options={scopes.map((scope) => ({ value: scope.id, label: scope.name }))}
        checked={defaults.scopes}
      />
      <ChoiceFieldset
        legend={labels.view}
        name="view"
        type="radio"
        options={(['registered', 'cohort'] as const).map((v) => ({ value: v, label: labels.views[v] }))}
        checked={[defaults.view]}
      />
      <ChoiceFieldset
        legend={labels.granularity}
        name="granularity"
        type="radio"
        options={(['month', 'week', 'day'] as const).map((g) => ({
          value: g,
          label: labels.granularities[g],
        }))}
        checked={[defaults.granularity]}
      />
      <ChoiceFieldset
        legend={labels.language}
        name="language"
        type="radio"
        options={(['ja', 'en'] as const).map((l) => ({ value: l, label: labels.languages[l] }))}
        checked={[defaults.language]}
      />
      <fieldset>
        <label htmlFor="r-from">{labels.from}</label>
        <input id="r-from" type="date" name="from" required defaultValue={defaults.from} />
        <label htmlFor="r-to">{labels.to}</label>
        <input id="r-to" type="date" name="to" required defaultValue={defaults.to} />
        <label htmlFor="r-title">{labels.title}</label>
        <input id="r-title" type="text" name="title" maxLength={200} />
      </fieldset>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? labels.pending : labels.submit}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {state.error === 'invalid' && <p className="error">{labels.invalid}</p>}
        {state.error === 'unknown-group' && <p className="error">{labels.unknownGroup}</p>}
      </div>
    </form>
  );
}
