'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useState } from 'react';
import { type SaveAlertRuleState, saveAlertRuleAction } from '@/lib/actions/save-alert-rule';
import type { AlertRuleView } from '@/lib/alerts/alert-rule-view';
import type { RuleFormLabels } from './rule-form-labels';

type Choice = [value: string, text: string];

interface Props {
  rule?: AlertRuleView;
  choices: {
    kinds: Choice[];
    groups: Choice[];
    metrics: Choice[];
    findings: Choice[];
    severities: Choice[];
    compares: Choice[];
    digests: Choice[];
    profiles: Choice[];
    /** Each profile's requirements, by profile id. */
    requirements: Record<string, Choice[]>;
  };
  labels: RuleFormLabels;
  /** Admins set the webhook URL; others see only the rule's webhook host (alert-rule-view.ts). */
  setsWebhook: boolean;
}

/** Creates a rule (then opens it) or edits one; shows only the settings of the chosen kind. */
export function RuleForm({ rule, choices, labels, setsWebhook }: Props) {
  const router = useRouter();
  const [kind, setKind] = useState<string>(rule?.kind ?? 'record_lost');
  const p = (rule?.params ?? {}) as Record<string, string | number | undefined>;
  const [profileId, setProfileId] = useState<string>(String(p.profileId ?? choices.profiles[0]?.[0] ?? ''));
  const [state, action, pending] = useActionState<SaveAlertRuleState, FormData>(saveAlertRuleAction, {
    error: null,
    savedId: null,
  });
  useEffect(() => {
    if (state.savedId && !rule) router.push(`/alerts/rules/${state.savedId}`);
    else if (state.savedId) router.refresh();
  }, [state.savedId, rule, router]);
  const id = (name: string) => `${rule ? 'edit' : 'new'}-${name}`;
  const select = (name: string, label: string, options: Choice[], value: unknown, any?: string) => (
    <>
      <label htmlFor={id(name)}>{label}</label>
      <select
        id={id(name)}
        name={name}
        defaultValue={value === undefined || value === null ? '' : String(value)}
      >
        {any !== undefined && <option value="">{any}</option>}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </>
  );
  return (
    <form action={action} className="panel form-grid">
      {rule && <input type="hidden" name="id" value={rule.id} />}
      <label htmlFor={id('name')}>{labels.name}</label>
      <input id={id('name')} name="name" type="text" required maxLength={100} defaultValue={rule?.name} />
      <label htmlFor={id('kind')}>{labels.kind}</label>
      <select id={id('kind')} name="kind" value={kind} onChange={(event) => setKind(event.target.value)}>
        {choices.kinds.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      {(kind === 'record_lost' || kind === 'adoption_fell') &&
        select('metric', labels.metric, choices.metrics, p.metric)}
      {kind === 'finding_appeared' && (
        <>
          {select('findingId', labels.finding, choices.findings, p.findingId, labels.anyFinding)}
          {select('minSeverity', labels.minSeverity, choices.severities, p.minSeverity, labels.anySeverity)}
        </>
      )}
      {(kind === 'dkim_key_age' || kind === 'dmarc_report_missing') && (
        <>
          <label htmlFor={id('days')}>{labels.days}</label>
          <input
            id={id('days')}
            name="days"
            type="number"
            min={1}
            max={kind === 'dkim_key_age' ? 36500 : 365}
            required
            defaultValue={p.days ?? (kind === 'dkim_key_age' ? 365 : 7)}
          />
        </>
      )}
      {kind === 'adoption_fell' && (
        <>
          <label htmlFor={id('points')}>{labels.points}</label>
          <input
            id={id('points')}
            name="points"
            type="number"
            min={0.1}
            max={100}
            step={0.1}
            required
            defaultValue={p.points ?? 5}
          />
          {select('compare', labels.compare, choices.compares, p.compare)}
        </>
      )}
      {(kind === 'compliance_lost' || kind === 'compliance_below') && (
        <>
          <label htmlFor={id('profileId')}>{labels.profile}</label>
          <select
            id={id('profileId')}
            name="profileId"
            required
            value={profileId}
            onChange={(event) => setProfileId(event.target.value)}
          >
            {choices.profiles.map(([v, text]) => (
              <option key={v} value={v}>
                {text}
              </option>
            ))}
          </select>
        </>
      )}
      {kind === 'compliance_lost' && (
        // Keyed by profile so that another profile's requirement is not kept selected.
        <span key={profileId} style={{ display: 'contents' }}>
          {select(
            'requirement',
            labels.requirement,
            choices.requirements[profileId] ?? [],
            p.requirement,
            labels.wholeProfile,
          )}
        </span>
      )}
      {kind === 'compliance_below' && (
        <>
          <label htmlFor={id('percent')}>{labels.percent}</label>
          <input
            id={id('percent')}
            name="percent"
            type="number"
            min={0.1}
            max={100}
            step={0.1}
            required
            defaultValue={p.percent ?? 80}
          />
        </>
      )}
      {select('groupId', labels.group, choices.groups, rule?.groupId, labels.allDomains)}
      <label htmlFor={id('emails')}>{labels.emails}</label>
      <input
        id={id('emails')}
        name="emails"
        type="text"
        maxLength={5000}
        defaultValue={rule?.emails.join(', ')}
      />
      {setsWebhook ? (
        <>
          <label htmlFor={id('webhookUrl')}>{labels.webhookUrl}</label>
          <input
            id={id('webhookUrl')}
            name="webhookUrl"
            type="text"
            inputMode="url"
            maxLength={2000}
            placeholder="https://"
            defaultValue={rule?.webhookUrl ?? ''}
          />
        </>
      ) : (
        <>
          <span>{labels.webhookUrl}</span>
          <p className="muted">
            {rule?.webhookHost ? <code>{rule.webhookHost}</code> : '—'} {labels.webhookAdminOnly}
          </p>
        </>
      )}
      {select('digest', labels.digest, choices.digests, rule?.digest ?? 'none')}
      <label>
        <input name="enabled" type="checkbox" defaultChecked={rule?.enabled ?? true} /> {labels.enabled}
      </label>
      <div>
        <button type="submit" disabled={pending}>
          {labels.submit}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {state.error === 'invalid' && <p className="error">{labels.invalid}</p>}
        {state.error === 'no-channel' && <p className="error">{labels.noChannel}</p>}
        {state.error === 'not-found' && <p className="error">{labels.notFound}</p>}
        {state.error === 'webhook-refused' && <p className="error">{labels.webhookRefused}</p>}
        {state.savedId && rule && <p>{labels.saved}</p>}
      </div>
    </form>
  );
}
