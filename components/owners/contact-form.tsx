'use client';

import { useSavingAction } from '@/components/use-saving-action';
import { saveGroupContactAction } from '@/lib/actions/save-group-contact';

interface Props {
  groupId: string;
  /** Client component: texts come ready-made (functions cannot cross to the client). */
  labels: {
    name: string;
    email: string;
    language: string;
    ja: string;
    en: string;
    role: string;
    add: string;
    emailTaken: string;
    invalid: string;
  };
}

/** Adds an owner or contact to a group. */
export function ContactForm({ groupId, labels }: Props) {
  const [state, action, pending] = useSavingAction(saveGroupContactAction, {
    error: null,
    saved: false,
  });
  return (
    <form action={action} className="panel form-grid">
      <input type="hidden" name="groupId" value={groupId} />
      <label htmlFor="contact-name">{labels.name}</label>
      <input id="contact-name" name="name" type="text" required maxLength={200} />
      <label htmlFor="contact-email">{labels.email}</label>
      <input id="contact-email" name="email" type="email" required maxLength={254} />
      <label htmlFor="contact-language">{labels.language}</label>
      <select id="contact-language" name="language" defaultValue="ja">
        <option value="ja">{labels.ja}</option>
        <option value="en">{labels.en}</option>
      </select>
      <label htmlFor="contact-role">{labels.role}</label>
      <input id="contact-role" name="role" type="text" maxLength={200} />
      <div>
        <button type="submit" disabled={pending}>
          {labels.add}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {state.error === 'email-taken' && <p className="error">{labels.emailTaken}</p>}
        {(state.error === 'invalid' || state.error === 'not-found') && (
          <p className="error">{labels.invalid}</p>
        )}
      </div>
    </form>
  );
}
