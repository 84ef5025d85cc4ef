'use client';

import { useId, useState } from 'react';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';

interface Props {
  text: string;
  /** Characters shown before "show more". */
  limit?: number;
  labels: { more: string; less: string };
  locale: Locale;
  testId?: string;
}

/**
 * A DNS record exactly as published. The text is attacker-controlled (whoever runs the zone), so it
 * is only ever rendered as a React text node, and long values are cut until the reader asks.
 */
export function RecordText({ text, limit = 400, labels, locale, testId }: Props) {
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
          {open ? labels.less : `${labels.more} (${formatNumber(text.length, locale)})`}
        </button>
      )}
    </div>
  );
}
