'use client';

import type { ComplianceRequirement, RequirementCheck } from '@/lib/compliance/profile-schema';
import { CHECK_KINDS, defaultCheck } from '@/lib/compliance/requirement-check-defaults';
import type { ProfileEditorLabels } from './profile-editor-labels';

interface Props {
  index: number;
  requirement: ComplianceRequirement;
  labels: ProfileEditorLabels;
  onChange: (next: ComplianceRequirement) => void;
  onRemove: () => void;
}

/** One requirement of the profile editor: id, level, scope, the check and its parameters, texts. */
export function RequirementFields({ index, requirement: r, labels, onChange, onRemove }: Props) {
  const id = (name: string) => `req-${index}-${name}`;
  const set = (patch: Partial<ComplianceRequirement>) => onChange({ ...r, ...patch });
  const setCheck = (patch: Partial<RequirementCheck>) =>
    set({ check: { ...r.check, ...patch } as RequirementCheck });
  const text = (name: string, label: string, value: string, change: (v: string) => void, long = false) => (
    <>
      <label htmlFor={id(name)}>{label}</label>
      {long ? (
        <textarea
          id={id(name)}
          required
          maxLength={2000}
          value={value}
          onChange={(e) => change(e.target.value)}
        />
      ) : (
        <input
          id={id(name)}
          type="text"
          required
          maxLength={500}
          value={value}
          onChange={(e) => change(e.target.value)}
        />
      )}
    </>
  );
  const check = r.check;
  return (
    <fieldset className="panel form-grid" data-testid={`requirement-${index}`}>
      <legend>
        {index + 1}. {r.title.en || r.id}
      </legend>
      {text('id', labels.id, r.id, (v) => set({ id: v }))}
      <label htmlFor={id('level')}>{labels.level}</label>
      <select
        id={id('level')}
        value={r.level}
        onChange={(e) => set({ level: e.target.value as 'must' | 'should' })}
      >
        <option value="must">{labels.levels.must}</option>
        <option value="should">{labels.levels.should}</option>
      </select>
      <label htmlFor={id('appliesTo')}>{labels.appliesTo}</label>
      <select
        id={id('appliesTo')}
        value={r.appliesTo}
        onChange={(e) => set({ appliesTo: e.target.value as ComplianceRequirement['appliesTo'] })}
      >
        {(['all', 'sending', 'non-sending'] as const).map((s) => (
          <option key={s} value={s}>
            {labels.scopes[s]}
          </option>
        ))}
      </select>
      <label htmlFor={id('kind')}>{labels.check}</label>
      <select
        id={id('kind')}
        value={check.kind}
        onChange={(e) => set({ check: defaultCheck(e.target.value as RequirementCheck['kind']) })}
      >
        {CHECK_KINDS.map((k) => (
          <option key={k} value={k}>
            {labels.checks[k]}
          </option>
        ))}
      </select>
      {check.kind === 'dkim-min-bits' && (
        <>
          <label htmlFor={id('bits')}>{labels.bits}</label>
          <input
            id={id('bits')}
            type="number"
            min={512}
            max={8192}
            step={1}
            required
            value={check.bits}
            onChange={(e) => setCheck({ bits: Number(e.target.value) })}
          />
        </>
      )}
      {check.kind === 'dmarc-policy' && (
        <>
          <label htmlFor={id('atLeast')}>{labels.atLeast}</label>
          <select
            id={id('atLeast')}
            value={check.atLeast}
            onChange={(e) => setCheck({ atLeast: e.target.value as 'none' | 'quarantine' | 'reject' })}
          >
            {(['none', 'quarantine', 'reject'] as const).map((d) => (
              <option key={d} value={d}>
                p={d}
              </option>
            ))}
          </select>
          <label className="check">
            <input
              type="checkbox"
              checked={check.allMail}
              onChange={(e) => setCheck({ allMail: e.target.checked })}
            />{' '}
            {labels.allMail}
          </label>
        </>
      )}
      {check.kind === 'dmarc-rua' && (
        <>
          <label htmlFor={id('address')}>{labels.address}</label>
          <input
            id={id('address')}
            type="email"
            maxLength={254}
            value={check.address ?? ''}
            onChange={(e) => setCheck({ address: e.target.value.trim() || undefined })}
          />
        </>
      )}
      {'inherit' in check && (
        <label className="check">
          <input
            type="checkbox"
            checked={check.inherit}
            onChange={(e) => setCheck({ inherit: e.target.checked })}
          />{' '}
          {labels.inherit}
        </label>
      )}
      {text('source', labels.requirementSource, r.source, (v) => set({ source: v }))}
      {text('titleEn', labels.titleEn, r.title.en, (v) => set({ title: { ...r.title, en: v } }))}
      {text('titleJa', labels.titleJa, r.title.ja, (v) => set({ title: { ...r.title, ja: v } }))}
      {text(
        'explanationEn',
        labels.explanationEn,
        r.explanation.en,
        (v) => set({ explanation: { ...r.explanation, en: v } }),
        true,
      )}
      {text(
        'explanationJa',
        labels.explanationJa,
        r.explanation.ja,
        (v) => set({ explanation: { ...r.explanation, ja: v } }),
        true,
      )}
      <div>
        <button type="button" className="secondary" onClick={onRemove}>
          {labels.remove}
        </button>
      </div>
    </fieldset>
  );
}
