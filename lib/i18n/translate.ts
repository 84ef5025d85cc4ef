import { type Locale, MESSAGES, type MessageKey } from './messages';

/** A translator for one locale; `{name}` placeholders are filled from `values`. */
export function translator(locale: Locale) {
  return (key: MessageKey, values: Record<string, string | number> = {}): string =>
    MESSAGES[key][locale].replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}

export type Translate = ReturnType<typeof translator>;
