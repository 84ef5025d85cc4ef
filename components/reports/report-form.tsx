'use client';

import { useActionState } from 'react';
import { type GenerateReportState, generateReportAction } from '@/lib/reports/generate-report-action';
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
      <fieldset>
        <legend>{labels.legendGroups}</legend>
        {scopes.map((scope) => (
          <label key={scope.id} className="check">
            <input
              type="checkbox"
              name="scopes"
              value={scope.id}
              defaultChecked={defaults.scopes.includes(scope.id)}
            />{' '}
            {scope.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{labels.view}</legend>
        {(['registered', 'cohort'] as const).map((view) => (
          <label key={view} className="check">
            <input type="radio" name="view" value={view} defaultChecked={view === defaults.view} />{' '}
            {labels.views[view]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{labels.granularity}</legend>
        {(['month', 'week', 'day'] as const).map((g) => (
          <label key={g} className="check">
            <input type="radio" name="granularity" value={g} defaultChecked={g === defaults.granularity} />{' '}
            {labels.granularities[g]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{labels.language}</legend>
        {(['ja', 'en'] as const).map((language) => (
          <label key={language} className="check">
            <input
              type="radio"
              name="language"
              value={language}
              defaultChecked={language === defaults.language}
            />{' '}
            {labels.languages[language]}
          </label>
        ))}
      </fieldset>
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
