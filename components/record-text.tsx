'use client';

import { useId, useState } from 'react';

interface Props {
  text: string;
  /** Characters shown before "show more". */
  limit?: number;
  labels: { more: string; less: string };
  testId?: string;
}

/**
 * A DNS record exactly as published. The text is attacker-controlled (whoever runs the zone), so it
 * is only ever rendered as a React text node, and long values are cut until the reader asks.
 */
export function RecordText({ text, limit = 400, labels, testId }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const long = text.length > limit;
  const shown = open || !long ? text : `${text.slice(0, limit)}…`;
  return (
    <div className="record-block">
      <pre className="record" id={id} data-testid={testId}>
        {shown}
      </pre>
      {long && (
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          {open ? labels.less : `${labels.more} (${text.length.toLocaleString()})`}
        </button>
      )}
    </div>
  );
}
