import type { ReactNode } from 'react';

interface Props {
  legend: string;
  name: string;
  type: 'checkbox' | 'radio';
  options: ReadonlyArray<{ value: string; label: string }>;
  /** The values checked at first (one for radios). */
  checked: readonly string[];
  /** Further controls in the same fieldset. */
  children?: ReactNode;
}

/** A labelled group of checkboxes or radio buttons, one per option, for the overview and report forms. */
export function ChoiceFieldset({ legend, name, type, options, checked, children }: Props) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="check">
          <input
            type={type}
            name={name}
            value={option.value}
            defaultChecked={checked.includes(option.value)}
          />{' '}
          {option.label}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
