import { MESSAGES, type MessageKey } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';

const PREFIX = 'audit.action.';

/** Every action that has a label: what the filter suggests (other actions still show, by their code). */
export const LABELLED_AUDIT_ACTIONS = Object.keys(MESSAGES)
  .filter((key) => key.startsWith(PREFIX))
  .map((key) => key.slice(PREFIX.length));

/** The things actions are about ("domain.", "group."…), for filtering by prefix. */
export const AUDIT_ACTION_PREFIXES = [...new Set(LABELLED_AUDIT_ACTIONS.map((a) => `${a.split('.')[0]}.`))];

/** An action's label in the reader's language, or null for one without (its code is shown alone). */
export function auditActionLabel(action: string, t: Translate): string | null {
  const key = `${PREFIX}${action}`;
  return key in MESSAGES ? t(key as MessageKey) : null;
}
